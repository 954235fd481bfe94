package org.ebank.payment.etc.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.ebank.contracts.value.Channel;
import org.ebank.payment.etc.application.BindVehicle;
import org.ebank.payment.etc.application.EtcRepository;
import org.ebank.payment.etc.application.TollStatements;
import org.ebank.payment.etc.domain.EtcTariff;
import org.ebank.payment.kernel.domain.Refusal;
import org.ebank.payment.web.Customers;
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

/** Customers bind a vehicle's ETC account to their card and download their monthly toll statements. */
@RestController
class EtcController {

    private final BindVehicle bindVehicle;
    private final EtcRepository etc;
    private final TollStatements statements;
    private final EtcTariff tariff;
    private final Clock clock;

    EtcController(BindVehicle bindVehicle, EtcRepository etc, TollStatements statements, EtcTariff tariff, Clock clock) {
        this.bindVehicle = bindVehicle;
        this.etc = etc;
        this.statements = statements;
        this.tariff = tariff;
        this.clock = clock;
    }

    @Operation(operationId = "bindEtcVehicle", summary = "Bind a vehicle's ETC account to a card (one vehicle per card)")
    @ApiResponse(responseCode = "201", description = "Bound: the toll operator's passages of the plate are taken from the card,"
            + " at the card's discount; binding the same plate to the same card again answers that binding",
            content = @Content(schema = @Schema(implementation = EtcViews.VehicleView.class)))
    @Refusals({"not-found", "plate-already-bound", "card-has-vehicle"})
    @PostMapping("/api/v1/etc/vehicles")
    Mono<ResponseEntity<EtcViews.VehicleView>> bind(@Valid @RequestBody BindBody body) {
        var plate = EtcViews.plate("plate", body.plate());
        return Customers.current().flatMap(caller -> bindVehicle.bind(caller.subject(), body.accountId(), plate,
                        Channel.valueOf(caller.channel())))
                .onErrorMap(Refusal.class, PaymentProblems::of)
                .map(vehicle -> ResponseEntity.status(HttpStatus.CREATED).body(EtcViews.vehicle(vehicle, tariff)));
    }

    @Operation(operationId = "listEtcVehicles", summary = "The customer's vehicles bound to their cards")
    @GetMapping("/api/v1/etc/vehicles")
    Mono<EtcViews.Vehicles> vehicles() {
        return Customers.current().flatMap(caller -> etc.vehiclesOfHolder(caller.subject()).map(v -> EtcViews.vehicle(v, tariff))
                .collectList().map(EtcViews.Vehicles::new));
    }

    @Operation(operationId = "getEtcStatement", summary = "A card's monthly ETC toll statement, as JSON, CSV or PDF")
    @ApiResponse(responseCode = "200", description = "The month's passages, tolls, discount and debits",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = EtcViews.StatementView.class)),
                    @Content(mediaType = "text/csv"), @Content(mediaType = "application/pdf")})
    @Refusals({"not-found"})
    @GetMapping("/api/v1/etc/statements/{month}")
    Mono<ResponseEntity<?>> statement(@PathVariable String month, @RequestParam String accountId,
                                      @RequestParam(defaultValue = "json") String format) {
        var yearMonth = EtcViews.month(month);
        return Customers.current().flatMap(caller -> statements.of(caller.subject(), accountId, yearMonth))
                .onErrorMap(Refusal.class, PaymentProblems::of)
                // a fleet's month as CSV or PDF is thousands of lines: written off the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(statement -> EtcViews.statementAs(format, statement, clock.getZone()));
    }

    record BindBody(@NotBlank @Size(max = 16) String plate, @NotBlank @Size(max = 64) String accountId) {
    }
}
