package org.ebank.payment.bill.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.payment.bill.application.BillPaymentRepository;
import org.ebank.payment.bill.application.PayBill;
import org.ebank.payment.bill.domain.BillPayment;
import org.ebank.payment.biller.application.BillerCatalogue;
import org.ebank.payment.kernel.domain.Refusal;
import org.ebank.payment.web.Customers;
import org.ebank.payment.web.PaymentProblems;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.paging.Keyset;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.web.Page;
import org.ebank.platform.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Customers pay bills from their cards and see the payments they made. */
@RestController
class BillPaymentController {

    private final PayBill payBill;
    private final BillPaymentRepository payments;
    private final BillerCatalogue catalogue;
    private final IdempotentRequests idempotency;

    BillPaymentController(PayBill payBill, BillPaymentRepository payments, BillerCatalogue catalogue, IdempotentRequests idempotency) {
        this.payBill = payBill;
        this.payments = payments;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
    }

    @Operation(operationId = "payBill", summary = "Pay a bill from a card")
    @ApiResponse(responseCode = "201", description = "The payment: PAID, REFUSED by the biller (the money released) or PROCESSING"
            + " (the biller's answer is awaited; the payment finishes by itself)",
            content = @Content(schema = @Schema(implementation = BillPaymentView.class)))
    @Refusals({"unknown-biller", "unknown-bill", "not-found", "bill-already-paid", "bill-payment-under-way", "amount-not-the-bills",
            "insufficient-funds"})
    @PostMapping("/api/v1/bill-payments")
    Mono<ResponseEntity<String>> pay(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                     @Valid @RequestBody PayBody body) {
        PaymentProblems.checkCustomerNumber(body.customerNumber());
        return Customers.current().flatMap(caller -> idempotency.execute(caller.subject(), key, body, () -> payBill.pay(
                        new PayBill.Request(caller.subject(), Channel.valueOf(caller.channel()), body.billerCode(),
                                body.customerNumber(), body.accountId(), new Money(body.amount().setScale(2))), key)
                .onErrorMap(Refusal.class, PaymentProblems::of)
                .<ResponseEntity<?>>map(payment -> ResponseEntity.status(HttpStatus.CREATED).body(view(payment)))));
    }

    @Operation(operationId = "getBillPayment", summary = "One of the customer's bill payments")
    @GetMapping("/api/v1/bill-payments/{paymentId}")
    Mono<BillPaymentView> get(@PathVariable String paymentId) {
        return Customers.current().flatMap(caller -> payments.byId(paymentId).filter(p -> p.customerId().equals(caller.subject())))
                .map(this::view)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND, new Text("缴费记录不存在", "No such bill payment"))));
    }

    @Operation(operationId = "listBillPayments", summary = "The customer's bill payments, newest first")
    @GetMapping("/api/v1/bill-payments")
    Mono<Page<BillPaymentView>> list(@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int limit) {
        int size = Paging.limit(limit);
        Keyset after = Paging.after(cursor);
        return Customers.current().flatMap(caller -> payments.ofCustomer(caller.subject(), after, size).map(this::view).collectList()
                .map(items -> Page.of(items, size, last -> new Keyset(last.createdAt(), last.paymentId()).cursor())));
    }

    private BillPaymentView view(BillPayment p) {
        return new BillPaymentView(p.id(), p.billerCode(), catalogue.nameOf(p.billerCode()), p.customerNumber(), p.accountId(),
                p.amount().toString(), p.status().isFinished() ? p.status().name() : "PROCESSING", p.failureReason(), p.createdAt());
    }

    record PayBody(@NotBlank @Size(max = 32) String billerCode, @NotBlank @Size(max = 20) String customerNumber,
                   @NotBlank @Size(max = 64) String accountId, @NotNull BigDecimal amount) {

        PayBody {
            if (amount != null) {
                AmountInput.positiveFen(amount);
            }
        }
    }

    /**
     * {@code status}: PAID, REFUSED (by the biller, with its reason; the money released), FAILED (not enough money on the
     * card when it was to be held: nothing taken) or PROCESSING.
     */
    record BillPaymentView(String paymentId, String billerCode, String billerName, String customerNumber, String accountId,
                           String amount, String status, String failureReason, Instant createdAt) {
    }
}
