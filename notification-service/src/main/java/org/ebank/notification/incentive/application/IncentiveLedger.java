package org.ebank.notification.incentive.application;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.notification.incentive.domain.Approval;
import org.ebank.notification.incentive.domain.BranchTarget;
import org.ebank.notification.incentive.domain.IncentiveRefused;
import org.ebank.notification.incentive.domain.IncentiveRefused.Reason;
import org.ebank.notification.incentive.domain.IncentiveRules;
import org.ebank.notification.incentive.domain.IncentiveSheet;
import org.ebank.notification.incentive.domain.IncentiveSheet.TargetOutcome;
import org.ebank.notification.incentive.domain.StaffMember;
import org.ebank.platform.audit.Audit;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The staff incentive ledger per branch and month (Asia/Shanghai), worked out from the events each time it is read; a
 * month is submitted for payout by the branch's manager or administrator and approved by its manager, not the maker
 * (maker-checker, audited). Approval checks the month is still what was submitted.
 */
public class IncentiveLedger {

    private final IncentiveFacts facts;
    private final IncentiveApprovals approvals;
    private final IncentiveRules rules;
    private final List<BranchTarget> targets;
    private final Audit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public IncentiveLedger(IncentiveFacts facts, IncentiveApprovals approvals, IncentiveRules rules, List<BranchTarget> targets,
                           Audit audit, TransactionalOperator tx, Clock clock) {
        this.facts = facts;
        this.approvals = approvals;
        this.rules = rules;
        this.targets = List.copyOf(targets);
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** A branch's month as it stands, with its submission or approval if there is one. */
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
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new IncentiveRefused(Reason.MONTH_NOT_OVER);
        }
        return tx.transactional(approvals.lock(branch, month)
                        .map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(kept -> {
                            if (kept.isPresent() && kept.get().approved()) {
                                return Mono.error(new IncentiveRefused(Reason.ALREADY_APPROVED));
                            }
                            return sheet(branch, month).flatMap(sheet -> approvals.submit(sheet, caller.code(), clock.instant())
                                    .flatMap(submitted -> audit.record(AuditAction.INCENTIVES_SUBMITTED, branch + "/" + month,
                                                    Map.of("total", sheet.total().toString(), "staff", String.valueOf(sheet.lines().size())))
                                            .thenReturn(new Statement(sheet, submitted))));
                        }));
    }

    /** Approves the submitted month if it is still what was submitted; approving an approved month again shows it. */
    public Mono<Statement> approve(StaffMember caller, String branch, YearMonth month) {
        caller.ownBranch();
        return tx.transactional(approvals.lock(branch, month)
                .switchIfEmpty(Mono.error(() -> new IncentiveRefused(Reason.NOT_SUBMITTED)))
                .flatMap(kept -> {
                    caller.mayApprove(branch, kept);
                    Mono<IncentiveSheet> sheet = sheet(branch, month);
                    if (kept.approved()) {
                        return sheet.map(s -> new Statement(s, kept));
                    }
                    return sheet.flatMap(s -> {
                        if (!s.amounts().equals(kept.amounts())) {
                            return Mono.error(new IncentiveRefused(Reason.CHANGED_SINCE_SUBMISSION));
                        }
                        return approvals.approve(branch, month, caller.code(), clock.instant())
                                .flatMap(approved -> audit.record(AuditAction.INCENTIVES_APPROVED, branch + "/" + month,
                                                Map.of("total", s.total().toString(), "submittedBy", kept.submittedBy()))
                                        .thenReturn(new Statement(s, approved)));
                    });
                }));
    }

    private Mono<Statement> statement(String branch, YearMonth month) {
        return sheet(branch, month).zipWith(approvals.find(branch, month).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .map(both -> new Statement(both.getT1(), both.getT2().orElse(null)));
    }

    private Mono<IncentiveSheet> sheet(String branch, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Mono<TargetOutcome> target = target(branch, month)
                .map(t -> facts.newCustomers(branch, from, to).map(actual -> new TargetOutcome(t.newCustomers(), actual, t.reachedBy(actual))))
                .orElse(Mono.just(TargetOutcome.NONE));
        return target.zipWith(facts.activated(branch, from, to).collectList())
                .map(both -> rules.sheet(branch, month, both.getT2(), both.getT1()));
    }

    /** The branch's target for the month: its own for that month, else its standing one. */
    private Optional<BranchTarget> target(String branch, YearMonth month) {
        return targets.stream()
                .filter(t -> t.branch().equals(branch) && (t.month() == null || t.month().equals(month)))
                .min(Comparator.comparing(t -> t.month() == null));
    }

    /** A branch's month: the sheet as it stands, and its submission or approval (none while open). */
    public record Statement(IncentiveSheet sheet, Approval approval) {
    }
}
