package org.ebank.wealth.suitability.adapter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.ebank.wealth.suitability.application.AssessRisk;
import org.ebank.wealth.web.Customers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The risk questionnaire (风险评估): ten answers of 1-5 give the customer's level. */
@RestController
class AssessmentController {

    private final AssessRisk assessRisk;

    AssessmentController(AssessRisk assessRisk) {
        this.assessRisk = assessRisk;
    }

    @Operation(operationId = "assessRisk", summary = "Answer the risk questionnaire")
    @PostMapping("/api/v1/wealth/risk-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<AssessmentView> assess(@Valid @RequestBody AssessmentBody body) {
        return Customers.current().flatMap(caller -> assessRisk.assess(caller.subject(), body.answers()))
                .map(assessed -> new AssessmentView("C" + assessed.level(), assessed.validUntil()));
    }

    /** The customer's risk level (C1 cautious to C5 aggressive), good until {@code validUntil}. */
    record AssessmentView(String level, Instant validUntil) {
    }

    record AssessmentBody(@NotNull @Size(min = 10, max = 10) List<@NotNull @Min(1) @Max(5) Integer> answers) {
    }
}
