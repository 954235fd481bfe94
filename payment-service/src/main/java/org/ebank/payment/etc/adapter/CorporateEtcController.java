package org.ebank.payment.etc.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.ebank.contracts.value.Channel;
import org.ebank.payment.etc.application.BindVehicle;
import org.ebank.payment.etc.application.EtcRepository;
import org.ebank.payment.etc.application.TollStatements;
import org.ebank.payment.etc.domain.EtcTariff;
import org.ebank.payment.kernel.domain.Refusal;
import org.ebank.payment.web.Operators;
import org.ebank.payment.web.PaymentProblems;
import org.ebank.platform.docs.Refusals;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An enterprise binds its fleet to its settlement account through corporate netbank (its administrator), and downloads
 * one statement a month for all its vehicles.
 */
@RestController
class CorporateEtcController {

    private final BindVehicle bindVehicle;
    private final EtcRepository etc;
    private final TollStatements statements;
    private final EtcTariff tariff;
    private final Clock clock;

    CorporateEtcController(BindVehicle bindVehicle, EtcRepository etc, TollStatements statements, EtcTariff tariff, Clock clock) {
        this.bindVehicle = bindVehicle;
        this.etc = etc;
        this.statements = statements;
        this.tariff = tariff;
        this.clock = clock;
    }

    @Operation(operationId = "bindCorporateEtcVehicle", summary = "Bind a fleet vehicle's ETC account to the enterprise's settlement account")
    @ApiResponse(responseCode = "201", description = "Bound (any number of vehicles per account)",
            content = @Content(schema = @Schema(implementation = EtcViews.VehicleView.class)))
    @Refusals({"not-found", "plate-already-bound"})
    @PostMapping("/api/v1/corporate/etc/vehicles")
    Mono<ResponseEntity<EtcViews.VehicleView>> bind(@Valid @RequestBody EtcController.BindBody body) {
        var plate = EtcViews.plate("plate", body.plate());
        return Operators.administrator().flatMap(operator -> bindVehicle.bind(operator.enterpriseId(), body.accountId(), plate,
                        Channel.CORPORATE_NETBANK))
                .onErrorMap(Refusal.class, PaymentProblems::of)
                .map(vehicle -> ResponseEntity.status(HttpStatus.CREATED).body(EtcViews.vehicle(vehicle, tariff)));
    }

    @Operation(operationId = "listCorporateEtcVehicles", summary = "The enterprise's fleet bound to its accounts")
    @GetMapping("/api/v1/corporate/etc/vehicles")
    Mono<EtcViews.Vehicles> vehicles() {
        return Operators.current().flatMap(operator -> etc.vehiclesOfHolder(operator.enterpriseId()).map(v -> EtcViews.vehicle(v, tariff))
                .collectList().map(EtcViews.Vehicles::new));
    }

    @Operation(operationId = "getCorporateEtcStatement", summary = "A settlement account's monthly ETC statement for the whole fleet")
    @ApiResponse(responseCode = "200", description = "Every vehicle's passages of the month, the tolls and the debits",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = EtcViews.StatementView.class)),
                    @Content(mediaType = "text/csv"), @Content(mediaType = "application/pdf")})
    @Refusals({"not-found"})
    @GetMapping("/api/v1/corporate/etc/statements/{month}")
    Mono<ResponseEntity<?>> statement(@PathVariable String month, @RequestParam String accountId,
                                      @RequestParam(defaultValue = "json") String format) {
        var yearMonth = EtcViews.month(month);
        return Operators.current().flatMap(operator -> statements.of(operator.enterpriseId(), accountId, yearMonth))
                .onErrorMap(Refusal.class, PaymentProblems::of)
                // a fleet's month as CSV or PDF is thousands of lines: written off the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(statement -> EtcViews.statementAs(format, statement, clock.getZone()));
    }
}
