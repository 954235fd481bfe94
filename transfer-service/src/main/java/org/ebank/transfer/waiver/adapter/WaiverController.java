package org.ebank.transfer.waiver.adapter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.security.Caller;
import org.ebank.transfer.transfer.adapter.TransferProblems;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.waiver.application.WaiveFee;
import org.ebank.transfer.waiver.domain.ManualWaiver;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff give a fee back by hand (/api/v1/ops/** needs STAFF). */
@RestController
class WaiverController {

    private final WaiveFee waiveFee;

    WaiverController(WaiveFee waiveFee) {
        this.waiveFee = waiveFee;
    }

    /** {@code operationId}: a transfer's, or a cash operation's ({@code cash_…}). */
    @Operation(operationId = "waiveFee", summary = "Give a fee back by hand, with a reason")
    @Refusals({"nothing-to-waive", "clearing-pending"})
    @PostMapping("/api/v1/ops/fees/{operationId}/waive")
    Mono<ManualWaiver> waive(@PathVariable String operationId, @Valid @RequestBody WaiveBody body) {
        return Caller.current().flatMap(staff -> waiveFee.waive(staff.subject(), operationId, body.reason())).map(outcome -> {
            if (outcome instanceof Outcome.Refused<ManualWaiver> refused) {
                throw TransferProblems.of(refused.reason(), refused.details());
            }
            return ((Outcome.Ok<ManualWaiver>) outcome).value();
        });
    }

    record WaiveBody(@NotBlank @Size(min = 2, max = 200) String reason) {
    }
}
