package org.ebank.payment.etc.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.value.Money;
import org.ebank.payment.etc.application.ReceiveTollStatement;
import org.ebank.payment.etc.domain.Toll;
import org.ebank.payment.etc.domain.TollStatement;
import org.ebank.payment.kernel.domain.Refusal;
import org.ebank.payment.web.PaymentProblems;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The toll operator sends a month's passages (its statement id makes a statement sent again harmless); the bank answers
 * with the debits they made, as they stand, and the plates no card is bound to.
 */
@RestController
class TollStatementController {

    static final int MAX_TOLLS = 10_000;

    private final ReceiveTollStatement receive;
    private final Clock clock;

    TollStatementController(ReceiveTollStatement receive, Clock clock) {
        this.receive = receive;
        this.clock = clock;
    }

    @Operation(operationId = "sendTollStatement", summary = "The toll operator sends a month's ETC passages")
    @ApiResponse(responseCode = "201", description = "Recorded, and each card's passages debited (or to be tried again)",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @ApiResponse(responseCode = "200", description = "This statement was received before: what became of it, nothing charged again",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @Refusals({"statement-conflict", "tolls-already-reported"})
    @PostMapping("/api/v1/partner/etc/statements")
    Mono<ResponseEntity<ReceiptView>> send(@Valid @RequestBody StatementBody body) {
        TollStatement statement = statement(body);
        return Caller.current().filter(caller -> caller.has(Caller.PARTNER))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("仅限收费公路运营方", "For the toll operator only"))))
                .flatMap(caller -> receive.receive(statement))
                .onErrorMap(Refusal.class, PaymentProblems::of)
                .map(receipt -> ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(new ReceiptView(
                        receipt.statementId(), receipt.month(), receipt.tolls(), receipt.unboundPlates(),
                        receipt.debits().stream().map(EtcViews::debit).toList(), receipt.repeated())));
    }

    /** Each passage checked where the annotations cannot: its plate, its amount in fen, its id once, its day in the month. */
    private TollStatement statement(StatementBody body) {
        YearMonth month = EtcViews.month(body.month());
        Set<String> ids = new HashSet<>();
        List<Toll> tolls = new ArrayList<>();
        for (int i = 0; i < body.tolls().size(); i++) {
            TollBody t = body.tolls().get(i);
            String at = "tolls[" + i + "]";
            if (!AmountInput.isPositiveFen(t.amount())) {
                throw ApiException.invalidField(at + ".amount", new Text("金额须为正数，至多两位小数", "Positive, at most two decimals"));
            }
            if (!ids.add(t.tollId())) {
                throw ApiException.invalidField(at + ".tollId", new Text("通行记录号重复", "This toll id is in the statement twice"));
            }
            if (!YearMonth.from(t.exitedAt().atZoneSameInstant(clock.getZone())).equals(month)) {
                throw ApiException.invalidField(at + ".exitedAt", new Text("通行时间不在对账单月份内", "This passage is not in the statement's month"));
            }
            tolls.add(new Toll(t.tollId(), EtcViews.plate(at + ".plate", t.plate()), t.entry(), t.exit(), t.exitedAt().toInstant(),
                    new Money(t.amount().setScale(2))));
        }
        return new TollStatement(body.statementId(), month, tolls);
    }

    record StatementBody(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String statementId, @NotBlank String month,
                         @NotEmpty @Size(max = MAX_TOLLS) List<@Valid @NotNull TollBody> tolls) {
    }

    record TollBody(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String tollId, @NotBlank @Size(max = 16) String plate,
                    @NotBlank @Size(max = 40) String entry, @NotBlank @Size(max = 40) String exit, @NotNull OffsetDateTime exitedAt,
                    @NotNull BigDecimal amount) {
    }

    /** {@code repeated}: the statement was received before; its debits are as they stand now. */
    record ReceiptView(String statementId, String month, int tolls, List<String> unboundPlates, List<EtcViews.DebitView> debits,
                       boolean repeated) {
    }
}
