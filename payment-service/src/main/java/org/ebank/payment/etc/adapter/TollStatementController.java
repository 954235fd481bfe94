package org.ebank.payment.etc.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.value.Money;
import org.ebank.payment.etc.application.ReceiveTollStatement;
import org.ebank.payment.etc.domain.EtcDebit;
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
import org.ebank.platform.web.RequestBodies;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The toll operator sends a month's passages (its statement id makes a statement sent again harmless); the bank answers
 * with the debits they made, as they stand, and the plates no card is bound to.
 */
@RestController
class TollStatementController {

    static final int MAX_TOLLS = 10_000;
    /** A month of 10,000 passages, as JSON: far above the 64 KB the API's other bodies may be (the gateway lets it through). */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final ReceiveTollStatement receive;
    private final TollOperators operators;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    TollStatementController(ReceiveTollStatement receive, TollOperators operators, ObjectMapper json, Validator validator, Clock clock) {
        this.receive = receive;
        this.operators = operators;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Operation(operationId = "sendTollStatement", summary = "The toll operator sends a month's ETC passages (at most 10,000, 2 MB)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = StatementBody.class))))
    @ApiResponse(responseCode = "202", description = "Recorded; each card's passages are debited within seconds (or tried again"
            + " the next day when the card is short of money): the debits as they stand",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @ApiResponse(responseCode = "200", description = "This statement was received before: what became of it, nothing charged again",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @Refusals({"statement-conflict", "tolls-already-reported"})
    @PostMapping("/api/v1/partner/etc/statements")
    Mono<ResponseEntity<ReceiptView>> send(ServerWebExchange exchange) {
        return Caller.current().filter(caller -> caller.has(Caller.PARTNER) && operators.include(caller.subject()))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("仅限收费公路运营方", "For the toll operator only"))))
                .then(RequestBodies.bytes(exchange.getRequest(), MAX_BYTES))
                // up to 2 MB of JSON parsed and checked: off the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> statement(read(bytes)))
                .flatMap(receive::receive)
                .onErrorMap(Refusal.class, PaymentProblems::of)
                .map(receipt -> ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(new ReceiptView(
                        receipt.statementId(), receipt.month(), receipt.tolls(), receipt.unboundPlates(),
                        receipt.debits().stream().map(PartnerDebitView::of).toList(), receipt.repeated())));
    }

    /** The body as JSON, checked as the annotations say (the first field that is wrong is named). */
    private StatementBody read(byte[] bytes) {
        StatementBody body;
        try {
            body = json.readValue(bytes, StatementBody.class);
        } catch (java.io.IOException e) {
            throw new DecodingException("not a toll statement", e);
        }
        if (body == null) {
            throw new DecodingException("no toll statement");
        }
        validator.validate(body).stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(violation -> {
            throw ApiException.invalidField(violation.getPropertyPath().toString(), new Text(violation.getMessage(), violation.getMessage()));
        });
        return body;
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
            if (t.exitedAt().toInstant().isAfter(clock.instant())) {
                throw ApiException.invalidField(at + ".exitedAt", new Text("通行时间晚于当前时间", "This passage is in the future"));
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
    record ReceiptView(String statementId, String month, int tolls, List<String> unboundPlates, List<PartnerDebitView> debits,
                       boolean repeated) {
    }

    /**
     * A card's passages of the statement as the toll operator sees them: what they came to and whether they are paid
     * ({@code DUE}: not yet), never why a card could not pay nor when it is tried again (the customer's business).
     */
    record PartnerDebitView(String debitId, String plate, int vehicles, int tolls, String gross, String discount, String amount,
                            String status) {

        static PartnerDebitView of(EtcDebit d) {
            return new PartnerDebitView(d.id(), d.plate(), d.vehicles(), d.tolls(), d.gross().toString(), d.discount().toString(),
                    d.amount().toString(), d.status().name());
        }
    }
}
