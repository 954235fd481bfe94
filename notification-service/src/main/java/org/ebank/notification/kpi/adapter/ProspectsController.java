package org.ebank.notification.kpi.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.ebank.notification.kpi.application.FindProspects;
import org.ebank.notification.kpi.domain.Prospect;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Customers without e-banking, ranked for branch staff to invite (staff only), from the KPI read model's facts: settlement-heavy
 * first, then new accounts, then by counter transactions, most first.
 */
@RestController
class ProspectsController {

    private final FindProspects findProspects;

    ProspectsController(FindProspects findProspects) {
        this.findProspects = findProspects;
    }

    @Operation(operationId = "listProspects", summary = "Customers without e-banking, ranked for invitation")
    @GetMapping("/api/v1/ops/prospects")
    Mono<Page<ProspectView>> prospects(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("每页条数须在 1 到 500 之间", "limit must be 1 to 500"));
        }
        return findProspects.top(limit).map(found -> new Page<>(found.stream().map(ProspectView::of).toList(), null));
    }

    /** A customer to invite, with why: {@code SETTLEMENT_HEAVY}, {@code NEW_ACCOUNT}, {@code COUNTER_TRANSACTIONS}. */
    record ProspectView(String customerId, String name, String phone, long counterTransactions30Days, boolean newAccount,
                        List<String> reasons) {

        static ProspectView of(Prospect p) {
            return new ProspectView(p.customerId(), p.name() == null ? "" : p.name(), p.maskedPhone(), p.counterTransactions30Days(),
                    p.newAccount(), p.reasons());
        }
    }
}
