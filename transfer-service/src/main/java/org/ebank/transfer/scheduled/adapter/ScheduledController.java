package org.ebank.transfer.scheduled.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ebank.contracts.value.Masked;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.platform.web.Page;
import org.ebank.transfer.scheduled.application.ScheduledRepository;
import org.ebank.transfer.scheduled.application.SetUpScheduledTransfer;
import org.ebank.transfer.scheduled.domain.Schedule;
import org.ebank.transfer.scheduled.domain.ScheduledTransfer;
import org.ebank.transfer.transfer.adapter.TransferProblems;
import org.ebank.transfer.transfer.application.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A customer's scheduled transfers: set up (one-off or monthly), list with their runs, cancel. */
@RestController
class ScheduledController {

    private final ScheduledRepository scheduled;
    private final SetUpScheduledTransfer setUp;
    private final IdempotentRequests idempotency;
    private final ScheduledSettings settings;
    private final Clock clock;

    ScheduledController(ScheduledRepository scheduled, SetUpScheduledTransfer setUp, IdempotentRequests idempotency,
                        ScheduledSettings settings, Clock clock) {
        this.scheduled = scheduled;
        this.setUp = setUp;
        this.idempotency = idempotency;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sets up a scheduled transfer from a quote asked for with {@code scheduled: true}, with its SMS code when the quote
     * says {@code otpRequired} (above 5,000.00 or to a new payee), as a transfer would need.
     */
    @Operation(operationId = "createScheduledTransfer", summary = "Set up a scheduled transfer (预约转账) from a quote")
    @ApiResponse(responseCode = "201", description = "Set up, with its next run", content = @Content(schema = @Schema(implementation = ScheduledView.class)))
    @Refusals({"not-found", "quote-expired", "quote-cancelled", "quote-used", "quote-not-for-schedule", "otp-required", "otp-wrong", "otp-expired", "otp-exhausted", "channel-not-allowed"})
    @PostMapping("/api/v1/scheduled-transfers")
    Mono<ResponseEntity<String>> create(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                        @Valid @RequestBody NewScheduled body) {
        Schedule schedule = body.schedule(settings);
        Instant first = schedule.nextRun(clock.instant(), clock.getZone()).orElseThrow(() -> ApiException.invalidField("runAt",
                new Text("执行时间须在将来", "The run time must be in the future")));
        return customer().flatMap(caller -> idempotency.execute(caller.subject(), key, body,
                () -> setUp.setUp(caller.subject(), body.quoteId(), body.otp(), schedule, first).flatMap(outcome -> {
                    if (outcome instanceof Outcome.Refused<ScheduledTransfer> refused) {
                        return Mono.error(TransferProblems.of(refused.reason(), refused.details()));
                    }
                    return view(((Outcome.Ok<ScheduledTransfer>) outcome).value());
                }).map(view -> ResponseEntity.status(HttpStatus.CREATED).body(view))));
    }

    @Operation(operationId = "listScheduledTransfers", summary = "The customer's scheduled transfers and their runs")
    @Refusals({"channel-not-allowed"})
    @GetMapping("/api/v1/scheduled-transfers")
    Mono<Page<ScheduledView>> list() {
        return customer().flatMapMany(caller -> scheduled.ofCustomer(caller.subject())).concatMap(this::view).collectList()
                .map(items -> new Page<>(items, null));
    }

    @Operation(operationId = "cancelScheduledTransfer", summary = "Cancel a scheduled transfer")
    @Refusals({"channel-not-allowed"})
    @DeleteMapping("/api/v1/scheduled-transfers/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> cancel(@PathVariable String id) {
        return customer().flatMap(caller -> scheduled.cancel(id, caller.subject()))
                .flatMap(cancelled -> cancelled ? Mono.<Void>empty()
                        : Mono.error(new ApiException(CommonProblems.NOT_FOUND, new Text("预约转账不存在或已结束",
                        "No active scheduled transfer with this id"))));
    }

    private Mono<ScheduledView> view(ScheduledTransfer s) {
        return scheduled.runs(s.id()).map(runs -> new ScheduledView(s.id(), s.status(), s.fromAccountId(),
                Masked.accountNumber(s.toAccountNumber()), s.toName(), s.toBankCode(),
                s.amount().toString(), s.schedule() instanceof Schedule.Monthly m ? m.dayOfMonth() : null,
                s.schedule() instanceof Schedule.OneOff o ? o.runAt() : null, s.nextRunAt(), runs.stream().map(RunView::of).toList()));
    }

    private static Mono<Caller> customer() {
        return Caller.current().filter(c -> c.has(Caller.CUSTOMER) && c.channel() != null)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("请通过手机银行或网上银行办理", "Please use mobile banking or netbank"))));
    }

    record NewScheduled(@NotBlank @Size(max = 64) String quoteId, @Pattern(regexp = "\\d{6}") String otp, OffsetDateTime runAt,
                        @Min(1) @Max(31) Integer dayOfMonth, LocalDate until) {

        @Override
        public String toString() {
            return "NewScheduled[quoteId=" + quoteId + ", runAt=" + runAt + ", dayOfMonth=" + dayOfMonth + ", until=" + until + "]";
        }

        Schedule schedule(ScheduledSettings settings) {
            if ((runAt == null) == (dayOfMonth == null)) {
                throw ApiException.invalidField("runAt", new Text("请指定执行时间 runAt 或每月日期 dayOfMonth（二选一）",
                        "Give either runAt (once) or dayOfMonth (monthly)"));
            }
            return runAt != null ? new Schedule.OneOff(runAt.toInstant()) : new Schedule.Monthly(dayOfMonth, settings.runTime(), until);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScheduledView(String scheduledTransferId, String status, String fromAccountId, String toAccountNumber, String toName,
                String toBankCode, String amount, Integer dayOfMonth, Instant runAt, Instant nextRunAt,
                List<RunView> runs) {
    }

    /** One run of a schedule: when it was due, and the transfer it made (its fee as a string, like every amount). */
    record RunView(Instant dueAt, String transferId, String status, String fee, String failureReason) {

        static RunView of(ScheduledRepository.Run run) {
            return new RunView(run.dueAt(), run.transferId(), run.status(), run.fee() == null ? null : run.fee().setScale(2).toPlainString(),
                    run.failureReason());
        }
    }
}
