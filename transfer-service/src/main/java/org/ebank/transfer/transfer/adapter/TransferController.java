package org.ebank.transfer.transfer.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Masked;
import org.ebank.contracts.value.Money;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.paging.Keyset;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.NameInput;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.platform.web.Page;
import org.ebank.platform.web.Paging;
import org.ebank.transfer.transfer.application.CancelQuote;
import org.ebank.transfer.transfer.application.ExecuteTransfer;
import org.ebank.transfer.transfer.application.OneTimePasswords;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.application.QuoteRequest;
import org.ebank.transfer.transfer.application.QuoteTransfer;
import org.ebank.transfer.transfer.application.TransferRepository;
import org.ebank.transfer.transfer.domain.Quote;
import org.ebank.transfer.transfer.domain.QuotePurpose;
import org.ebank.transfer.transfer.domain.Refusal;
import org.ebank.transfer.transfer.domain.Transfer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Quote, step up, confirm: the customer's transfer API. A customer only ever sees their own transfers. */
@RestController
class TransferController {

    private final QuoteTransfer quoteTransfer;
    private final OneTimePasswords otps;
    private final CancelQuote cancelQuote;
    private final ExecuteTransfer executeTransfer;
    private final TransferRepository transfers;
    private final IdempotentRequests idempotency;

    TransferController(QuoteTransfer quoteTransfer, OneTimePasswords otps, CancelQuote cancelQuote, ExecuteTransfer executeTransfer,
                       TransferRepository transfers, IdempotentRequests idempotency) {
        this.quoteTransfer = quoteTransfer;
        this.otps = otps;
        this.cancelQuote = cancelQuote;
        this.executeTransfer = executeTransfer;
        this.transfers = transfers;
        this.idempotency = idempotency;
    }

    @Operation(operationId = "createTransferQuote", summary = "Price a transfer: fee, waiver, whether an SMS code is needed")
    @Refusals({"not-found", "same-account", "unknown-payee", "fee-account-not-allowed", "over-single-limit", "over-daily-limit", "channel-not-allowed"})
    @PostMapping("/api/v1/transfers/quotes")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<QuoteView> quote(@Valid @RequestBody QuoteBody body) {
        return customer().flatMap(caller -> quoteTransfer.quote(body.toRequest(caller))).map(o -> QuoteView.of(value(o)));
    }

    @Operation(operationId = "sendTransferOtp", summary = "Send the SMS code that confirms a quote")
    @Refusals({"quote-expired", "quote-cancelled", "quote-used", "otp-exhausted", "channel-not-allowed"})
    @PostMapping("/api/v1/transfers/quotes/{quoteId}/otp")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<OtpSent> sendOtp(@PathVariable String quoteId) {
        return customer().flatMap(caller -> otps.send(caller.subject(), quoteId)).map(o -> new OtpSent(value(o)));
    }

    /** Withdraws an unconfirmed quote: the free use it held is given back now. */
    @Operation(operationId = "withdrawTransferQuote", summary = "Withdraw a quote and give back the free use it held")
    @Refusals({"quote-used", "channel-not-allowed"})
    @DeleteMapping("/api/v1/transfers/quotes/{quoteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> cancelQuote(@PathVariable String quoteId) {
        return customer().flatMap(caller -> cancelQuote.cancel(caller.subject(), quoteId)).doOnNext(TransferController::value).then();
    }

    @Operation(operationId = "createTransfer", summary = "Confirm a quote: the money moves")
    @ApiResponse(responseCode = "201", description = "The transfer: completed, sent to clearing, or failed with its reason", content = @Content(schema = @Schema(implementation = TransferView.class)))
    @Refusals({"not-found", "quote-expired", "quote-cancelled", "quote-superseded", "quote-used", "quote-for-scheduled", "otp-required", "otp-wrong", "otp-expired", "otp-exhausted", "over-daily-limit", "insufficient-funds", "channel-not-allowed"})
    @PostMapping("/api/v1/transfers")
    Mono<ResponseEntity<String>> transfer(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                          @Valid @RequestBody TransferBody body) {
        return customer().flatMap(caller -> idempotency.execute(caller.subject(), key, body,
                () -> executeTransfer.execute(caller.subject(), body.quoteId(), body.otp(), false)
                        .map(o -> ResponseEntity.status(HttpStatus.CREATED).body(TransferView.of(value(o))))));
    }

    @Operation(operationId = "getTransfer", summary = "One of the customer's transfers")
    @Refusals({"channel-not-allowed"})
    @GetMapping("/api/v1/transfers/{transferId}")
    Mono<TransferView> one(@PathVariable String transferId) {
        return customer().flatMap(caller -> transfers.byId(transferId).filter(t -> t.customerId().equals(caller.subject())))
                .map(TransferView::of)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND, new Text("转账不存在", "No such transfer"))));
    }

    @Operation(operationId = "listTransfers", summary = "The customer's transfers, newest first")
    @Refusals({"channel-not-allowed"})
    @GetMapping("/api/v1/transfers")
    Mono<Page<TransferView>> list(@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int limit) {
        int size = Paging.limit(limit);
        Keyset after = Paging.after(cursor);
        return customer().flatMap(caller -> transfers.ofCustomer(caller.subject(), after, size).map(TransferView::of)
                .collectList().map(items -> Page.of(items, size, last -> new Keyset(last.createdAt(), last.transferId()).cursor())));
    }

    private static Mono<Caller> customer() {
        return Caller.current().filter(c -> c.has(Caller.CUSTOMER) && ("MOBILE".equals(c.channel()) || "NETBANK".equals(c.channel())))
                .switchIfEmpty(Mono.error(() -> TransferProblems.of(Refusal.CHANNEL_NOT_ALLOWED, Map.of())));
    }

    private static <T> T value(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Refused<T> refused) {
            throw TransferProblems.of(refused.reason(), refused.details());
        }
        return ((Outcome.Ok<T>) outcome).value();
    }

    record QuoteBody(@NotBlank @Size(max = 64) String fromAccountId,
                     @NotBlank @Pattern(regexp = "\\d{8,32}") String toAccountNumber,
                     @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9]*") String toBankCode,
                     @NotBlank @Size(max = 50) @Pattern(regexp = NameInput.PATTERN) String toName,
                     @NotNull BigDecimal amount,
                     @Size(max = 64) String feeAccountId,
                     Boolean scheduled) {

        QuoteRequest toRequest(Caller caller) {
            Money money = new Money(AmountInput.positiveFen(amount));
            return new QuoteRequest(caller.subject(), Channel.valueOf(caller.channel()), fromAccountId, null, toAccountNumber, toBankCode, toName,
                    money, feeAccountId, Boolean.TRUE.equals(scheduled) ? QuotePurpose.SCHEDULE : QuotePurpose.TRANSFER);
        }
    }

    record TransferBody(@NotBlank @Size(max = 64) String quoteId, @Pattern(regexp = "\\d{6}") String otp) {

        @Override
        public String toString() {
            return "TransferBody[quoteId=" + quoteId + "]";
        }
    }

    record WaiverView(String rule, Integer remainingFreeUses) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record QuoteView(String quoteId, String kind, String amount, String baseFee, String fee, WaiverView waiver,
                     boolean otpRequired, Instant expiresAt) {

        static QuoteView of(Quote q) {
            return new QuoteView(q.id(), q.kind().name(), q.amount().toString(), q.fee().baseFee().toString(), q.fee().fee().toString(),
                    q.fee().waiver() == null ? null : new WaiverView(q.fee().waiver().rule(), q.fee().remainingFreeUses()),
                    q.otpRequired(), q.expiresAt());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TransferView(String transferId, String status, String amount, String fee, String waiverRule, String kind,
                        String fromAccountId, String toAccountNumber, String toName, String failureReason, Instant createdAt) {

        static TransferView of(Transfer t) {
            String masked = Masked.accountNumber(t.toAccountNumber());
            return new TransferView(t.id(), t.status().name(), t.amount().toString(), t.fee().toString(), t.waiverRule(),
                    t.kind().name(), t.fromAccountId(), masked, t.toName(), t.failureReason(), t.createdAt());
        }
    }

    /** A code went to the phone on record; it confirms this quote until then. */
    record OtpSent(Instant expiresAt) {
    }
}
