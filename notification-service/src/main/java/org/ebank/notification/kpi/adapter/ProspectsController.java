package org.ebank.notification.kpi.adapter;

import java.util.Map;
import org.ebank.notification.kpi.application.FindProspects;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
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

    @GetMapping("/api/v1/ops/prospects")
    Mono<Map<String, Object>> prospects(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("每页条数须在 1 到 500 之间", "limit must be 1 to 500"));
        }
        return findProspects.top(limit).map(found -> Map.of("items", found.stream()
                .map(p -> Map.<String, Object>of("customerId", p.customerId(), "name", p.name() == null ? "" : p.name(),
                        "phone", p.maskedPhone(), "counterTransactions30Days", p.counterTransactions30Days(),
                        "newAccount", p.newAccount(), "reasons", p.reasons()))
                .toList()));
    }
}
