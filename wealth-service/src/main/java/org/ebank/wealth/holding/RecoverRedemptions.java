package org.ebank.wealth.holding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Finishes redemptions left PENDING by a crash or a lost ledger answer: each is posted again under its id, and the
 * ledger's first answer decides it (the money on the card, or back in the holding). A redemption moves on once.
 */
@Service
public class RecoverRedemptions {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final DatabaseClient db;
    private final HoldingRepository holdings;
    private final Redeem redeem;
    private final Clock clock;

    public RecoverRedemptions(DatabaseClient db, HoldingRepository holdings, Redeem redeem, Clock clock) {
        this.db = db;
        this.holdings = holdings;
        this.redeem = redeem;
        this.clock = clock;
    }

    public Mono<Long> recover() {
        return db.sql("""
                        select id, holding_id, amount, channel, created_at from redemption
                        where status = 'PENDING' and created_at < :before order by created_at limit 100""")
                .bind("before", clock.instant().minus(GRACE).atOffset(ZoneOffset.UTC))
                .map(row -> new Pending(row.get("id", String.class), row.get("holding_id", String.class),
                        row.get("amount", BigDecimal.class), row.get("channel", String.class),
                        row.get("created_at", OffsetDateTime.class)))
                .all()
                .concatMap(pending -> holdings.byId(pending.holdingId())
                        .flatMap(holding -> redeem.post(pending.id(), holding, pending.amount(), holding.remaining(), pending.channel(),
                                pending.at().toInstant()))
                        .filter(done -> !"PENDING".equals(done.status())))
                .count();
    }

    private record Pending(String id, String holdingId, BigDecimal amount, String channel, OffsetDateTime at) {
    }
}
