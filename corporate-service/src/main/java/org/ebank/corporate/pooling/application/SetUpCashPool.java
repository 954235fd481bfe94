package org.ebank.corporate.pooling.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.corporate.account.application.SettlementAccountRepository;
import org.ebank.corporate.operator.application.OperatorCodes;
import org.ebank.corporate.pooling.domain.CashPool;
import org.ebank.platform.audit.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The administrator sets up a cash pool over the enterprise's own settlement accounts, with their dynamic token's code:
 * a pool moves money every business day without anyone asking again, so it is set up with the same second factor a
 * checker's approval takes. Audited.
 */
@Service
public class SetUpCashPool {

    private final CashPoolRepository pools;
    private final SettlementAccountRepository accounts;
    private final OperatorCodes codes;
    private final Audit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public SetUpCashPool(CashPoolRepository pools, SettlementAccountRepository accounts, OperatorCodes codes, Audit audit,
                         TransactionalOperator tx, Clock clock) {
        this.pools = pools;
        this.accounts = accounts;
        this.codes = codes;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** What setting up a pool came to. */
    public sealed interface Outcome {

        record SetUp(CashPool pool) implements Outcome {
        }

        /** An account that is not a settlement account of the enterprise. */
        record NotOurs(String accountId) implements Outcome {
        }

        /** An account already in a pool (null: one of them, found as the pool was being kept). */
        record Pooled(String accountId) implements Outcome {
        }

        record CodeRefused(OperatorCodes.Check check) implements Outcome {
        }
    }

    public Mono<Outcome> setUp(String enterpriseId, String adminId, String masterAccountId, List<CashPool.Member> members, String code) {
        CashPool pool = new CashPool("pool_" + UUID.randomUUID().toString().replace("-", ""), enterpriseId, masterAccountId, members,
                adminId, clock.instant());
        List<String> all = new ArrayList<>();
        all.add(masterAccountId);
        members.forEach(member -> all.add(member.accountId()));
        return Flux.fromIterable(all)
                .concatMap(account -> accounts.regionOf(account, enterpriseId).map(region -> "").defaultIfEmpty(account))
                .filter(missing -> !missing.isEmpty()).next().map(missing -> (Outcome) new Outcome.NotOurs(missing))
                .switchIfEmpty(Flux.fromIterable(all).concatMap(account -> pools.pooled(account).filter(Boolean::booleanValue).map(p -> account))
                        .next().map(account -> (Outcome) new Outcome.Pooled(account)))
                .switchIfEmpty(Mono.defer(() -> codes.verify(adminId, enterpriseId, code).flatMap(check -> check != OperatorCodes.Check.VERIFIED
                        ? Mono.just((Outcome) new Outcome.CodeRefused(check))
                        // two set-ups at once over one account: the second finds it claimed, and keeps nothing
                        : tx.transactional(pools.insert(pool).then(audit.record(AuditAction.CASH_POOL, pool.id(), Map.of("step", "set up",
                                        "enterpriseId", enterpriseId, "master", masterAccountId, "members", String.valueOf(members.size())))))
                                .thenReturn((Outcome) new Outcome.SetUp(pool))
                                .onErrorResume(CashPoolRepository.AccountPooled.class, e -> Mono.just(new Outcome.Pooled(null))))));
    }
}
