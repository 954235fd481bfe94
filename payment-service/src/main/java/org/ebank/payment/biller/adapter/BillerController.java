package org.ebank.payment.biller.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.ebank.payment.biller.application.BillerCatalogue;
import org.ebank.payment.biller.application.LookUpBill;
import org.ebank.payment.biller.domain.Bill;
import org.ebank.payment.biller.domain.Biller;
import org.ebank.payment.web.Customers;
import org.ebank.payment.web.PaymentProblems;
import org.ebank.platform.docs.Refusals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The billers a customer can pay, and a bill looked up by the biller's customer number before paying it. */
@RestController
class BillerController {

    private final BillerCatalogue catalogue;
    private final LookUpBill lookUp;

    BillerController(BillerCatalogue catalogue, LookUpBill lookUp) {
        this.catalogue = catalogue;
        this.lookUp = lookUp;
    }

    @Operation(operationId = "listBillers", summary = "The billers the bank collects for")
    @GetMapping("/api/v1/billers")
    Mono<BillerList> billers() {
        return Customers.current().map(caller -> new BillerList(catalogue.all().stream().map(BillerView::of).toList()));
    }

    @Operation(operationId = "lookUpBill", summary = "This month's bill of a biller's customer number")
    @Refusals({"unknown-biller", "unknown-bill"})
    @GetMapping("/api/v1/billers/{billerCode}/bills/{customerNumber}")
    Mono<BillView> bill(@PathVariable String billerCode, @PathVariable String customerNumber) {
        PaymentProblems.checkCustomerNumber(customerNumber);
        return Customers.current().flatMap(caller -> lookUp.lookUp(billerCode, customerNumber))
                .map(found -> BillView.of(found.biller(), found.bill()))
                .onErrorMap(org.ebank.payment.kernel.domain.Refusal.class, PaymentProblems::of);
    }

    record BillerList(List<BillerView> items) {
    }

    /** {@code kind}: WATER, ELECTRICITY, GAS or PHONE. */
    record BillerView(String code, String name, String kind) {

        static BillerView of(Biller biller) {
            return new BillerView(biller.code(), biller.name(), biller.kind().name());
        }
    }

    /** {@code holderName} as the biller masks it; {@code amountDue} 0.00 once paid. */
    record BillView(String billerCode, String billerName, String customerNumber, String holderName, String period, String amountDue,
                    boolean paid) {

        static BillView of(Biller biller, Bill bill) {
            return new BillView(biller.code(), biller.name(), bill.customerNumber(), bill.holderName(), bill.period(),
                    bill.amountDue().toString(), bill.paid());
        }
    }
}
