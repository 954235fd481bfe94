package org.ebank.account.fees.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.ebank.account.fees.application.ChargePeriodicFees;
import org.ebank.account.fees.application.FeeRun;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Operations run the periodic fee batch by hand (e.g. after an outage); running it again changes nothing. */
@RestController
class PeriodicFeesOpsController {

    private final ChargePeriodicFees chargePeriodicFees;

    PeriodicFeesOpsController(ChargePeriodicFees chargePeriodicFees) {
        this.chargePeriodicFees = chargePeriodicFees;
    }

    @Operation(operationId = "runPeriodicFees", summary = "Run the periodic fee batch (annual and small-account fees)")
    @PostMapping("/api/v1/ops/batches/periodic-fees")
    Mono<List<FeeRun>> run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate businessDay) {
        return businessDay == null ? chargePeriodicFees.runToday() : chargePeriodicFees.run(businessDay);
    }
}
