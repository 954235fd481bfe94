package org.ebank.account.star.application;

import java.time.Instant;
import reactor.core.publisher.Mono;

public interface StarLevelRepository {

    /** The account's star facts when it is a 易汇通卡; empty otherwise. */
    Mono<StarLevels.StarAccount> starAccount(String accountId);

    Mono<StarLevels.StarAccount> lockStarAccount(String accountId);

    Mono<Void> saveComputed(String accountId, int level);

    /** Sets or clears the staff override and writes the audit line. */
    Mono<Void> saveOverride(String accountId, Integer override, String staffId, String reason, Integer oldLevel,
                            Integer newLevel, Instant at);
}
