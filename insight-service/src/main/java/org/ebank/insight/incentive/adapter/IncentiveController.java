package org.ebank.insight.incentive.adapter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.insight.incentive.application.IncentiveLedger.Statement;
import org.ebank.insight.incentive.application.IncentiveLedger;
import org.ebank.insight.incentive.domain.Approval;
import org.ebank.insight.incentive.domain.IncentiveRefused;
import org.ebank.insight.incentive.domain.IncentiveSheet;
import org.ebank.insight.incentive.domain.Referral;
import org.ebank.insight.incentive.domain.StaffMember;
import org.ebank.insight.kpi.domain.Target;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.MonthInput;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The staff incentive ledger (/api/v1/ops/** needs STAFF): each staff member reads their own month; a branch's manager
 * or administrator reads the branch's and submits it once the month is over; its manager, not the one who submitted,
 * approves it for payout. Months are Asia/Shanghai calendar months, {@code 2026-11}.
 */
@RestController
class IncentiveController {

    private final IncentiveLedger ledger;
    private final Clock clock;

    IncentiveController(IncentiveLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Operation(operationId = "getOwnIncentives", summary = "The caller's own incentives for a month (this month by default)")
    @GetMapping("/api/v1/ops/incentives/mine")
    Mono<OwnView> own(@RequestParam(required = false) YearMonth month) {
        YearMonth which = month == null ? YearMonth.now(clock) : MonthInput.of(month);
        return caller().flatMap(me -> ledger.own(me, which).map(s -> OwnView.of(me.code(), s))).onErrorMap(IncentiveRefused.class,
                IncentiveController::problem);
    }

    @Operation(operationId = "getBranchIncentives", summary = "A branch's incentives for a month, per staff member")
    @GetMapping("/api/v1/ops/incentives/{branch}/{month}")
    Mono<StatementView> branch(@PathVariable String branch, @PathVariable YearMonth month) {
        return caller().flatMap(me -> ledger.branch(me, branch, MonthInput.of(month))).map(StatementView::of)
                .onErrorMap(IncentiveRefused.class, IncentiveController::problem);
    }

    @Operation(operationId = "submitIncentives", summary = "Submit a branch's month for payout (the maker)")
    @Refusals({"month-not-over", "incentives-approved"})
    @PostMapping("/api/v1/ops/incentives/{branch}/{month}/submission")
    Mono<StatementView> submit(@PathVariable String branch, @PathVariable YearMonth month) {
        return caller().flatMap(me -> ledger.submit(me, branch, MonthInput.of(month))).map(StatementView::of)
                .onErrorMap(IncentiveRefused.class, IncentiveController::problem);
    }

    /** The approver names the submission they read ({@code submittedAt} and {@code total} as the branch's month showed them). */
    @Operation(operationId = "approveIncentives", summary = "Approve a branch's submitted month for payout (its manager, not the maker)")
    @Refusals({"second-approver-required", "incentives-not-submitted", "incentives-changed"})
    @PostMapping("/api/v1/ops/incentives/{branch}/{month}/approval")
    Mono<StatementView> approve(@PathVariable String branch, @PathVariable YearMonth month, @Valid @RequestBody ApprovalRequest request) {
        Money total = total(request.total());
        return caller().flatMap(me -> ledger.approve(me, branch, MonthInput.of(month), request.submittedAt(), total)).map(StatementView::of)
                .onErrorMap(IncentiveRefused.class, IncentiveController::problem);
    }

    record ApprovalRequest(@NotNull Instant submittedAt, @NotNull BigDecimal total) {
    }

    private static Money total(BigDecimal total) {
        if (total.signum() < 0 || total.stripTrailingZeros().scale() > 2) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("金额须为非负数，最多两位小数", "total is not negative, with at most two decimals"),
                    Map.of("errors", List.of(Map.of("field", "total", "message", "not negative, at most two decimals"))));
        }
        return new Money(total);
    }

    private static Mono<StaffMember> caller() {
        return Caller.current().map(c -> new StaffMember(c.subject(), c.branch(), c.has(Caller.BRANCH_MANAGER), c.has(Caller.STAFF_ADMIN)));
    }

    private static ApiException problem(IncentiveRefused refused) {
        return switch (refused.reason()) {
            case NO_BRANCH -> new ApiException(CommonProblems.FORBIDDEN, new Text("您的员工令牌未载明所属网点", "Your staff token names no branch"));
            case OTHER_BRANCH -> new ApiException(CommonProblems.FORBIDDEN, new Text("只能查看和处理本网点的激励",
                    "Only your own branch's incentives"));
            case NOT_PERMITTED -> new ApiException(CommonProblems.FORBIDDEN, new Text("网点激励由网点负责人或管理员查看和提交，由网点负责人审批",
                    "A branch's manager or administrator reads and submits its incentives; its manager approves them"));
            case OWN_SUBMISSION -> new ApiException(IncentiveProblems.SECOND_APPROVER_REQUIRED, new Text("您提交的激励须由另一名网点负责人审批",
                    "Incentives you submitted are approved by another branch manager"));
            case MONTH_NOT_OVER -> new ApiException(IncentiveProblems.MONTH_NOT_OVER, new Text("该月结束两天后才能提交激励",
                    "A month's incentives are submitted two days after it ended"));
            case ALREADY_APPROVED -> new ApiException(IncentiveProblems.INCENTIVES_APPROVED, new Text("该月激励已审批，按审批金额发放",
                    "The month is approved and paid as approved"));
            case NOT_SUBMITTED -> new ApiException(IncentiveProblems.INCENTIVES_NOT_SUBMITTED, new Text("该月激励尚未提交审批",
                    "Nothing was submitted for that month"));
            case CHANGED_SINCE_SUBMISSION -> new ApiException(IncentiveProblems.INCENTIVES_CHANGED,
                    new Text("该月激励已不是您查看时的提交，请重新提交并查看后再审批",
                            "The month is not the submission you read: have it submitted again, read it, then approve"));
        };
    }

    /** {@code OPEN} until submitted, then {@code SUBMITTED}, then {@code APPROVED}. */
    private static String statusOf(Approval approval) {
        return approval == null ? "OPEN" : approval.status().name();
    }

    private static String text(Money money) {
        return money == null ? null : money.toString();
    }

    /** A customer a staff member referred who activated in the month, and the reward for it. */
    record ReferralView(String customerId, Channel service, Instant enrolledAt, Instant activatedAt) {

        static ReferralView of(Referral r) {
            return new ReferralView(r.customerId(), r.service(), r.enrolledAt(), r.activatedAt());
        }
    }

    /** One staff member's month: base (rewards), the branch bonus, the total. */
    record StaffView(String staffCode, List<ReferralView> referrals, String base, String bonus, String total) {

        static StaffView of(IncentiveSheet.StaffLine line) {
            return new StaffView(line.staffCode(), line.referrals().stream().map(ReferralView::of).toList(), text(line.base()),
                    text(line.bonus()), text(line.total()));
        }
    }

    /** The branch's target, each measure's target, actual and attainment, and whether every one was reached; absent without one. */
    record TargetView(Map<String, MeasureView> measures, boolean reached) {

        static TargetView of(IncentiveSheet.TargetOutcome t) {
            if (t.measures().isEmpty()) {
                return null;
            }
            Map<String, MeasureView> measures = new LinkedHashMap<>();
            t.measures().forEach((name, a) -> measures.put(name, MeasureView.of(a)));
            return new TargetView(measures, t.reached());
        }
    }

    /** A measure's target, the branch's figure, and the one over the other. */
    record MeasureView(String target, String actual, String attained) {

        static MeasureView of(Target.Attainment a) {
            return new MeasureView(plain(a.target()), plain(a.actual()), plain(a.attained()));
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    }

    /** What was submitted (the amounts per staff member), by whom, and who approved it. */
    record ApprovalView(String total, Map<String, String> staff, String submittedBy, Instant submittedAt, String approvedBy,
                        Instant approvedAt) {

        static ApprovalView of(Approval a) {
            if (a == null) {
                return null;
            }
            Map<String, String> staff = new TreeMap<>();
            a.amounts().forEach(line -> staff.put(line.staffCode(), text(line.total())));
            return new ApprovalView(text(a.total()), staff, a.submittedBy(), a.submittedAt(), a.approvedBy(), a.approvedAt());
        }
    }

    /** A branch's month as it stands now, and its submission or approval. */
    record StatementView(String branch, String month, String status, TargetView target, List<StaffView> staff, String total,
                         ApprovalView approval) {

        static StatementView of(Statement s) {
            IncentiveSheet sheet = s.sheet();
            return new StatementView(sheet.branch(), sheet.month().toString(), statusOf(s.approval()), TargetView.of(sheet.target()),
                    sheet.lines().stream().map(StaffView::of).toList(), text(sheet.total()), ApprovalView.of(s.approval()));
        }
    }

    /** The caller's own month: their referrals that activated in it, the amounts, and, once approved, what is paid. */
    record OwnView(String staffCode, String branch, String month, String status, List<ReferralView> referrals, String base, String bonus,
                   String total, String approvedTotal) {

        static OwnView of(String staffCode, Statement s) {
            IncentiveSheet.StaffLine line = s.sheet().lineOf(staffCode);
            IncentiveSheet.Amounts approved = s.approval() != null && s.approval().approved() ? s.approval().of(staffCode) : null;
            return new OwnView(staffCode, s.sheet().branch(), s.sheet().month().toString(), statusOf(s.approval()),
                    line.referrals().stream().map(ReferralView::of).toList(), text(line.base()), text(line.bonus()), text(line.total()),
                    s.approval() != null && s.approval().approved() ? text(approved == null ? Money.ZERO : approved.total()) : null);
        }
    }
}
