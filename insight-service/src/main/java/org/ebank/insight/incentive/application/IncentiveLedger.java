package org.ebank.insight.incentive.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.value.Money;
import org.ebank.insight.incentive.domain.Approval;
import org.ebank.insight.incentive.domain.IncentiveRefused.Reason;
import org.ebank.insight.incentive.domain.IncentiveRefused;
import org.ebank.insight.incentive.domain.IncentiveRules;
import org.ebank.insight.incentive.domain.IncentiveSheet.TargetOutcome;
import org.ebank.insight.incentive.domain.IncentiveSheet;
import org.ebank.insight.incentive.domain.Referral;
import org.ebank.insight.incentive.domain.StaffMember;
import org.ebank.insight.kpi.application.BranchKpis;
import org.ebank.platform.audit.Audit;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The staff incentive ledger per branch and month (Asia/Shanghai), worked out from the events each time it is read (the
 * bonus when the branch reached every measure of its target, {@link BranchKpis}). A month is submitted for payout by the
 * branch's manager or administrator, some days after it ended, and approved by its manager, not the maker
 * (maker-checker, audited). Approval checks the month is still what was submitted and what the approver read, and pays
 * each referral once: one whose events came after its month was approved is paid by the next month approved.
 */
public class IncentiveLedger {

    private final IncentiveFacts facts;
    private final IncentiveApprovals approvals;
    private final BranchKpis branches;
    private final IncentiveRules rules;
    private final Duration submissionDelay;
    private final Audit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public IncentiveLedger(IncentiveFacts facts, IncentiveApprovals approvals, BranchKpis branches, IncentiveRules rules,
                           Duration submissionDelay, Audit audit, TransactionalOperator tx, Clock clock) {
        this.facts = facts;
        this.approvals = approvals;
        this.branches = branches;
        this.rules = rules;
        this.submissionDelay = submissionDelay;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** A branch's month as it stands (as approved, once it is), with its submission or approval if there is one. */
    public Mono<Statement> branch(StaffMember caller, String branch, YearMonth month) {
        caller.mayRead(branch);
        return statement(branch, month);
    }

    /** The caller's own month: their line of their branch's sheet. */
    public Mono<Statement> own(StaffMember caller, YearMonth month) {
        return statement(caller.ownBranch(), month);
    }

    public Mono<Statement> submit(StaffMember caller, String branch, YearMonth month) {
        caller.maySubmit(branch);
        if (clock.instant().isBefore(end(month).plus(submissionDelay))) {
            throw new IncentiveRefused(Reason.MONTH_NOT_OVER);
        }
        return tx.transactional(approvals.lock(branch, month)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(kept -> {
                    if (kept.isPresent() && kept.get().approved()) {
                        return Mono.error(new IncentiveRefused(Reason.ALREADY_APPROVED));
                    }
                    return open(branch, month).flatMap(sheet -> approvals.submit(sheet, caller.code(), clock.instant())
                            .flatMap(submitted -> audit.record(AuditAction.INCENTIVES_SUBMITTED, branch + "/" + month,
                                            Map.of("total", sheet.total().toString(), "staff", String.valueOf(sheet.lines().size()),
                                                    "targetReached", String.valueOf(sheet.target().reached())))
                                    .thenReturn(new Statement(sheet, submitted))));
                }));
    }

    /**
     * Approves the submission the approver read ({@code submittedAt}, {@code total}) if the month is still what was
     * submitted, and pays each of its referrals once; approving an approved month again shows it.
     */
    public Mono<Statement> approve(StaffMember caller, String branch, YearMonth month, Instant submittedAt, Money total) {
        caller.mayApprove(branch);
        return tx.transactional(approvals.lock(branch, month)
                .switchIfEmpty(Mono.error(() -> new IncentiveRefused(Reason.NOT_SUBMITTED)))
                .flatMap(kept -> {
                    if (kept.approved()) {
                        return statement(branch, month, kept);
                    }
                    caller.mayApprove(kept);
                    if (!kept.submittedAt().equals(submittedAt) || !kept.total().equals(total)) {
                        return Mono.error(new IncentiveRefused(Reason.CHANGED_SINCE_SUBMISSION));
                    }
                    return open(branch, month).flatMap(sheet -> {
                        if (!sheet.amounts().equals(kept.amounts()) || sheet.target().reached() != kept.targetReached()) {
                            return Mono.error(new IncentiveRefused(Reason.CHANGED_SINCE_SUBMISSION));
                        }
                        List<Referral> referrals = sheet.lines().stream().flatMap(l -> l.referrals().stream()).toList();
                        return approvals.approve(branch, month, referrals, caller.code(), clock.instant())
                                .flatMap(paid -> paid ? approvals.find(branch, month)
                                        : Mono.error(new IncentiveRefused(Reason.CHANGED_SINCE_SUBMISSION)))
                                .flatMap(approved -> audit.record(AuditAction.INCENTIVES_APPROVED, branch + "/" + month,
                                                Map.of("total", sheet.total().toString(), "submittedBy", kept.submittedBy(),
                                                        "referrals", String.valueOf(referrals.size())))
                                        .thenReturn(new Statement(sheet, approved)));
                    });
                }));
    }

    private Mono<Statement> statement(String branch, YearMonth month) {
        return approvals.find(branch, month).flatMap(kept -> statement(branch, month, kept))
                .switchIfEmpty(Mono.defer(() -> open(branch, month).map(sheet -> new Statement(sheet, null))));
    }

    /** A month submitted or approved: once approved, what its approval paid; before, what it would pay now. */
    private Mono<Statement> statement(String branch, YearMonth month, Approval kept) {
        if (!kept.approved()) {
            return open(branch, month).map(sheet -> new Statement(sheet, kept));
        }
        return target(branch, month).map(t -> new TargetOutcome(t.measures(), kept.targetReached()))
                .zipWith(facts.paid(branch, month).collectList())
                .map(both -> new Statement(rules.sheet(branch, month, both.getT2(), both.getT1()), kept));
    }

    /** What the month would pay now: its referrals not paid yet, with the bonus if the branch reached its target. */
    private Mono<IncentiveSheet> open(String branch, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        return target(branch, month).zipWith(facts.payable(branch, from, end(month)).collectList())
                .map(both -> rules.sheet(branch, month, both.getT2(), both.getT1()));
    }

    private Mono<TargetOutcome> target(String branch, YearMonth month) {
        return branches.branch(branch, month).map(m -> new TargetOutcome(m.attainment(), m.targetReached())).defaultIfEmpty(TargetOutcome.NONE);
    }

    private Instant end(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** A branch's month: the sheet as it stands, and its submission or approval (none while open). */
    public record Statement(IncentiveSheet sheet, Approval approval) {
    }
}
