package org.ebank.insight.incentive.adapter;

import java.util.List;
import org.ebank.platform.docs.ProblemCatalog;
import org.ebank.platform.problem.ProblemType;

/** The incentive ledger's refusals, as the API answers and documents them. */
final class IncentiveProblems {

    static final ProblemType SECOND_APPROVER_REQUIRED = ProblemType.of("second-approver-required", 403, "须由另一人审批",
            "Someone else approves");
    static final ProblemType MONTH_NOT_OVER = ProblemType.of("month-not-over", 422, "该月尚未结束", "The month is not over");
    static final ProblemType INCENTIVES_APPROVED = ProblemType.of("incentives-approved", 409, "该月激励已审批", "Approved already");
    static final ProblemType INCENTIVES_NOT_SUBMITTED = ProblemType.of("incentives-not-submitted", 409, "该月激励尚未提交",
            "Not submitted");
    static final ProblemType INCENTIVES_CHANGED = ProblemType.of("incentives-changed", 409, "提交后激励已变化", "Changed since submitted");

    private IncentiveProblems() {
    }

    static ProblemCatalog catalog() {
        return ProblemCatalog.of(List.of(
                ProblemCatalog.entry(SECOND_APPROVER_REQUIRED, "激励须由提交人以外的网点负责人审批",
                        "A branch manager other than the one who submitted the month approves it"),
                ProblemCatalog.entry(MONTH_NOT_OVER, "该月结束两天后才能提交激励", "A month's incentives are submitted two days after it ended"),
                ProblemCatalog.entry(INCENTIVES_APPROVED, "该月激励已审批，按审批金额发放", "The month is approved and paid as approved"),
                ProblemCatalog.entry(INCENTIVES_NOT_SUBMITTED, "该月激励尚未提交审批", "Nothing was submitted for that month"),
                ProblemCatalog.entry(INCENTIVES_CHANGED, "该月激励已不是您查看时的提交，请重新提交并查看后再审批",
                        "The month is not the submission you read: have it submitted again, read it, then approve")));
    }
}
