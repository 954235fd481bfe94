package org.ebank.account.ledger.adapter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.ledger.Movements;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What moved through one ledger account in a time range, by posting kind (internal API); a reversal (冲正) counts
 * under the kind of the posting it undoes, so a returned transfer's fee leaves under TRANSFER, as it came in.
 * Reconciliation reads it: notification-service compares the fee-income account with the fees its KPIs counted.
 */
@RestController
class MovementsController {

    private final DatabaseClient db;

    MovementsController(DatabaseClient db) {
        this.db = db;
    }

    @GetMapping(LedgerApi.MOVEMENTS)
    Mono<Movements> movements(@PathVariable String accountId, @RequestParam Instant from, @RequestParam Instant to) {
        if (!from.isBefore(to)) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("起始时间必须早于结束时间", "from must be before to"));
        }
        return db.sql("""
                        select coalesce(reversed.kind, p.kind) as kind,
                               coalesce(sum(e.amount) filter (where e.direction = 'DEBIT'), 0)  as debits,
                               coalesce(sum(e.amount) filter (where e.direction = 'CREDIT'), 0) as credits
                        from entry e join posting p on p.id = e.posting_id
                             left join posting reversed on reversed.id = p.reverses
                        where e.account_id = :account and e.recorded_at >= :from and e.recorded_at < :to
                        group by 1 order by 1""")
                .bind("account", accountId).bind("from", from.atOffset(ZoneOffset.UTC)).bind("to", to.atOffset(ZoneOffset.UTC))
                .map(row -> new Movements.KindTotals(row.get("kind", String.class), fen(row.get("debits", BigDecimal.class)),
                        fen(row.get("credits", BigDecimal.class))))
                .all().collectList()
                .map(kinds -> new Movements(accountId, from, to, kinds));
    }

    private static String fen(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
