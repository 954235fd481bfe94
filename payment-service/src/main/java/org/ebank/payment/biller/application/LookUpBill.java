package org.ebank.payment.biller.application;

import java.util.Map;
import org.ebank.payment.biller.domain.Bill;
import org.ebank.payment.biller.domain.Biller;
import org.ebank.payment.kernel.domain.Refusal;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A bill as its biller states it now, before the customer pays it. */
@Service
public class LookUpBill {

    private final BillerCatalogue catalogue;
    private final Billers billers;

    LookUpBill(BillerCatalogue catalogue, Billers billers) {
        this.catalogue = catalogue;
        this.billers = billers;
    }

    /** The biller and its bill; refused when the biller is not one of ours or knows no such customer number. */
    public Mono<BilledBy> lookUp(String billerCode, String customerNumber) {
        return Mono.fromCallable(() -> catalogue.get(billerCode))
                .flatMap(biller -> billers.bill(biller.code(), customerNumber).map(bill -> new BilledBy(biller, bill))
                        .switchIfEmpty(Mono.error(() -> new Refusal(Refusal.Reason.UNKNOWN_BILL,
                                Map.of("billerCode", billerCode)))));
    }

    public record BilledBy(Biller biller, Bill bill) {
    }
}
