package org.ebank.insight.kpi.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.ebank.insight.kpi.application.FindProspects;
import org.ebank.insight.kpi.domain.Prospect;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A branch's customers without e-banking, ranked for its staff to invite (staff only), from the KPI read model's facts:
 * busy enterprises first, then new accounts, then by counter transactions, most first. The caller's own branch by
 * default; a city bank's staff may name a branch under it.
 */
@RestController
class ProspectsController {

    private static final Text OTHER_BRANCH = new Text("只能查看本网点及下辖网点的潜在客户",
            "Staff read the prospects of their own branch and of the branches under it");

    private final FindProspects findProspects;

    ProspectsController(FindProspects findProspects) {
        this.findProspects = findProspects;
    }

    @Operation(operationId = "listProspects", summary = "A branch's customers without e-banking, ranked for invitation")
    @GetMapping("/api/v1/ops/prospects")
    Mono<Page<ProspectView>> prospects(@RequestParam(required = false) String branch, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("每页条数须在 1 到 500 之间", "limit must be 1 to 500"));
        }
        return Caller.current().flatMap(staff -> {
            if (staff.branch() == null) {
                return Mono.error(new ApiException(CommonProblems.FORBIDDEN, OTHER_BRANCH));
            }
            return findProspects.top(staff.branch(), branch == null ? staff.branch() : branch, limit)
                    .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN, OTHER_BRANCH)));
        }).map(found -> new Page<>(found.stream().map(ProspectView::of).toList(), null));
    }

    /**
     * A customer to invite, with why: {@code SETTLEMENT_HEAVY} (an enterprise), {@code NEW_ACCOUNT},
     * {@code COUNTER_TRANSACTIONS}; {@code kind} PERSON or ENTERPRISE.
     */
    record ProspectView(String customerId, String kind, String name, String phone, long settlementTransactions30Days,
                        long counterTransactions30Days, boolean newAccount, List<String> reasons) {

        static ProspectView of(Prospect p) {
            return new ProspectView(p.customerId(), p.enterprise() ? "ENTERPRISE" : "PERSON", p.name() == null ? "" : p.name(),
                    p.maskedPhone(), p.settlementTransactions30Days(), p.counterTransactions30Days(), p.newAccount(), p.reasons());
        }
    }
}
