package org.ebank.account.star.application;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.ebank.account.star.domain.StarRating;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.StarLevelChanged;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.value.Money;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps 易汇通卡 star levels in step with liquid assets: rated again whenever a posting (PostingRecorded) or a
 * 日日升 holding moves them, from the account as it stands then, so a late or repeated event rates it right; a level
 * staff set by hand stays until they clear it.
 */
@Service
public class StarLevels {

    private final StarLevelRepository levels;
    private final StarRating rating;
    private final Outbox outbox;
    private final Audit audit;
    private final Clock clock;

    public StarLevels(StarLevelRepository levels, StarRating rating, Outbox outbox, Audit audit, Clock clock) {
        this.levels = levels;
        this.rating = rating;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Rates the accounts again; announces (StarLevelChanged) each whose rated level moved while no staff level stands.
     * Each account is locked first, in id order, in the caller's transaction: a staff level set or cleared meanwhile is
     * either seen or waits, so what is announced is what stands.
     */
    public Mono<Void> recompute(Collection<String> accountIds) {
        return Flux.fromIterable(new TreeSet<>(accountIds))
                .concatMap(levels::lockStarAccount)
                .concatMap(account -> {
                    int computed = rating.levelFor(account.liquidAssets());
                    if (account.computedLevel() != null && account.computedLevel() == computed) {
                        return Mono.empty();
                    }
                    Mono<Void> save = levels.saveComputed(account.accountId(), computed);
                    if (account.override() != null) {
                        return save;
                    }
                    return save.then(announce(account, account.computedLevel(), computed, "COMPUTED", null, null));
                })
                .then();
    }

    /** Staff set the level by hand ({@code level} 0-3), or give it back to the rating ({@code level} null). */
    @Transactional
    public Mono<StarAccount> override(String accountId, Integer level, String staffId, String reason) {
        return levels.lockStarAccount(accountId).flatMap(account -> {
            Integer effectiveBefore = account.effectiveLevel();
            Integer effectiveAfter = level != null ? level : account.computedLevel();
            return levels.saveOverride(accountId, level, staffId, reason, effectiveBefore, effectiveAfter, clock.instant())
                    .then(effectiveAfter != null && !effectiveAfter.equals(effectiveBefore)
                            ? announce(account, effectiveBefore, effectiveAfter, level == null ? "COMPUTED" : "STAFF",
                            staffId, reason) : Mono.empty())
                    .then(audit.record(AuditAction.STAR_LEVEL_SET, accountId, details(level, effectiveBefore, reason)))
                    .then(levels.starAccount(accountId));
        });
    }

    private static Map<String, String> details(Integer level, Integer before, String reason) {
        Map<String, String> details = new java.util.HashMap<>(Map.of("reason", reason,
                "level", level == null ? "COMPUTED" : level.toString()));
        if (before != null) {
            details.put("previousLevel", before.toString());
        }
        return details;
    }

    private Mono<Void> announce(StarAccount account, Integer oldLevel, int newLevel, String source, String staffId,
                                String reason) {
        return outbox.append(AccountTopics.ACCOUNT, account.accountId(), AccountTopics.STAR_LEVEL_CHANGED,
                new StarLevelChanged(account.accountId(), account.customerId(), oldLevel, newLevel, source, staffId,
                        reason, clock.instant())).then();
    }

    /** A 易汇通卡 account's star facts. */
    public record StarAccount(String accountId, String customerId, Money liquidAssets, Integer computedLevel,
                              Integer override) {

        public Integer effectiveLevel() {
            return override != null ? override : computedLevel;
        }
    }
}
