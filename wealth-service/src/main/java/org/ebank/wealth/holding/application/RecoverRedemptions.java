package org.ebank.wealth.holding.application;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Finishes redemptions left PENDING by a crash or a lost ledger answer: each is posted again under its id, and the
 * ledger's first answer decides it (the money on the card, or back in the holding). A redemption moves on once.
 */
@Service
public class RecoverRedemptions {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final RedemptionRepository redemptions;
    private final HoldingRepository holdings;
    private final Redeem redeem;
    private final Clock clock;

    RecoverRedemptions(RedemptionRepository redemptions, HoldingRepository holdings, Redeem redeem, Clock clock) {
        this.redemptions = redemptions;
        this.holdings = holdings;
        this.redeem = redeem;
        this.clock = clock;
    }

    public Mono<Long> recover() {
        return redemptions.pendingBefore(clock.instant().minus(GRACE), 100)
                .concatMap(pending -> holdings.byId(pending.holdingId())
                        .flatMap(holding -> redeem.post(pending, holding, holding.remaining()))
                        .filter(done -> !"PENDING".equals(done.status())))
                .count();
    }
}
