package org.ebank.account.ledger.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.ebank.account.ledger.application.AccountHistory;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.ledger.Movements;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What moved through one ledger account in a time range, by posting kind (internal API); a reversal (冲正) counts
 * under the kind of the posting it undoes, so a returned transfer's fee leaves under TRANSFER, as it came in.
 * Reconciliation reads it: insight-service compares the fee-income account with the fees its KPIs counted.
 */
@RestController
class MovementsController {

    private final AccountHistory history;

    MovementsController(AccountHistory history) {
        this.history = history;
    }

    @Operation(operationId = "getLedgerMovements", summary = "What moved through a ledger account, by posting kind")
    @GetMapping(LedgerApi.MOVEMENTS)
    Mono<Movements> movements(@PathVariable String accountId, @RequestParam Instant from, @RequestParam Instant to) {
        if (!from.isBefore(to)) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("起始时间必须早于结束时间", "from must be before to"));
        }
        return history.movements(accountId, from, to);
    }
}
