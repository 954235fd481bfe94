package org.ebank.transfer.fee.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.transfer.cash.CashOperations;
import org.ebank.transfer.directory.CardDirectory;
import org.ebank.transfer.fee.application.FeeBenefits;
import org.ebank.transfer.fee.application.WaiveFee;
import org.ebank.transfer.fee.domain.Money;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.transfer.adapter.TransferProblems;
import org.ebank.transfer.transfer.application.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Card fee benefits for customers, cash operations for ATM and counter systems, manual waivers for staff. */
@RestController
class FeeController {

    private final CardDirectory cards;
    private final FeeBenefits benefits;
    private final CashOperations cash;
    private final WaiveFee waiveFee;
    private final IdempotentRequests idempotency;

    FeeController(CardDirectory cards, FeeBenefits benefits, CashOperations cash, WaiveFee waiveFee, IdempotentRequests idempotency) {
        this.cards = cards;
        this.benefits = benefits;
        this.cash = cash;
        this.waiveFee = waiveFee;
        this.idempotency = idempotency;
    }

    @GetMapping("/api/v1/accounts/{accountId}/fee-benefits")
    Mono<Map<String, Object>> feeBenefits(@PathVariable String accountId) {
        return Caller.current().flatMap(caller -> cards.byAccountId(accountId).filter(card -> card.customerId().equals(caller.subject())))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND, new Text("账户不存在", "No such account"))))
                .flatMap(card -> benefits.of(card).collectList().map(items -> Map.of("accountId", card.accountId(),
                        "product", card.product(), "items", items)));
    }

    @PostMapping("/api/v1/channel/cash-operations")
    Mono<ResponseEntity<String>> cashOperation(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                               @Valid @RequestBody CashBody body) {
        Money amount = body.money();
        return Caller.current().flatMap(system -> idempotency.execute(system.subject(), key, body, () ->
                cash.record(system.subject(), body.accountId(), body.type().equals("DEPOSIT") ? Operation.CASH_DEPOSIT
                                : Operation.CASH_WITHDRAWAL, amount, body.region(), body.channel())
                        .map(outcome -> ResponseEntity.status(HttpStatus.CREATED).body(CashView.of(value(outcome))))));
    }

    /** {@code operationId}: a transfer's, or a cash operation's ({@code cash_…}). */
    @PostMapping("/api/v1/ops/fees/{operationId}/waive")
    Mono<WaiveFee.ManualWaiver> waive(@PathVariable String operationId, @Valid @RequestBody WaiveBody body) {
        return Caller.current().flatMap(staff -> waiveFee.waive(staff.subject(), operationId, body.reason())).map(FeeController::value);
    }

    private static <T> T value(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Refused<T> refused) {
            throw TransferProblems.of(refused.reason(), refused.details());
        }
        return ((Outcome.Ok<T>) outcome).value();
    }

    record CashBody(@NotBlank @Size(max = 64) String accountId, @NotNull @Pattern(regexp = "DEPOSIT|WITHDRAWAL") String type,
                    @NotNull BigDecimal amount, @NotBlank @Pattern(regexp = "[1-9]\\d{5}") String region,
                    @NotNull @Pattern(regexp = "ATM|COUNTER") String channel) {

        Money money() {
            return new Money(AmountInput.positiveFen(amount));
        }
    }

    record WaiveBody(@NotBlank @Size(min = 2, max = 200) String reason) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CashView(String operationId, String baseFee, String fee, Map<String, Object> waiver) {

        static CashView of(CashOperations.CashResult result) {
            var fee = result.fee();
            Map<String, Object> waiver = fee.waiver() == null ? null : new java.util.HashMap<>(Map.of("rule", fee.waiver().rule()));
            if (waiver != null && fee.remainingFreeUses() != null) {
                waiver.put("remainingFreeUses", fee.remainingFreeUses());
            }
            return new CashView(result.operationId(), fee.baseFee().toString(), fee.fee().toString(), waiver);
        }
    }
}
