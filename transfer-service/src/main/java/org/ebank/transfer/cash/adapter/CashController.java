package org.ebank.transfer.cash.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.transfer.cash.application.RecordCash;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.transfer.adapter.TransferProblems;
import org.ebank.transfer.transfer.application.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Cash paid in or taken out, reported by the ATM and counter systems (/api/v1/channel/** needs CHANNEL). */
@RestController
class CashController {

    private final RecordCash cash;
    private final IdempotentRequests idempotency;

    CashController(RecordCash cash, IdempotentRequests idempotency) {
        this.cash = cash;
        this.idempotency = idempotency;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordCashOperation", summary = "A cash deposit or withdrawal at an ATM or counter")
    @ApiResponse(responseCode = "201", description = "Recorded, with the fee charged and any waiver", content = @Content(schema = @Schema(implementation = CashView.class)))
    @Refusals({"not-found", "insufficient-funds"})
    @PostMapping("/api/v1/channel/cash-operations")
    Mono<ResponseEntity<String>> cashOperation(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                               @Valid @RequestBody CashBody body) {
        Money amount = body.money();
        if ("ATM".equals(body.channel()) && body.deviceId() == null) {
            // ATMs are compared device by device (末位淘汰): each of their operations names the ATM
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("ATM 交易须注明设备号", "An ATM's operation names the ATM"),
                    Map.of("errors", List.of(Map.of("field", "deviceId", "message", "required when the channel is ATM"))));
        }
        return Caller.current().flatMap(system -> idempotency.execute(system.subject(), key, body, () ->
                cash.record(system.subject(), key, body.accountId(), body.type().equals("DEPOSIT") ? Operation.CASH_DEPOSIT
                                : Operation.CASH_WITHDRAWAL, amount, body.region(), Channel.valueOf(body.channel()), body.deviceId())
                        .map(outcome -> ResponseEntity.status(HttpStatus.CREATED).body(CashView.of(value(outcome))))));
    }

    private static <T> T value(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Refused<T> refused) {
            throw TransferProblems.of(refused.reason(), refused.details());
        }
        return ((Outcome.Ok<T>) outcome).value();
    }

    record CashBody(@NotBlank @Size(max = 64) String accountId, @NotNull @Pattern(regexp = "DEPOSIT|WITHDRAWAL") String type,
                    @NotNull BigDecimal amount, @NotBlank @Pattern(regexp = "[1-9]\\d{5}") String region,
                    @NotNull @Pattern(regexp = "ATM|COUNTER") String channel,
                    @Pattern(regexp = "[A-Z0-9-]{1,32}") String deviceId) {

        Money money() {
            return new Money(AmountInput.positiveFen(amount));
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CashView(String operationId, String baseFee, String fee, CashWaiver waiver) {

        static CashView of(RecordCash.CashResult result) {
            var fee = result.fee();
            return new CashView(result.operationId(), fee.baseFee().toString(), fee.fee().toString(),
                    fee.waiver() == null ? null : new CashWaiver(fee.waiver().rule(), fee.remainingFreeUses()));
        }
    }

    /** The waiver rule that made the operation free, and the free uses it has left this period. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CashWaiver(String rule, Integer remainingFreeUses) {
    }
}
