package org.ebank.account.ledger.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ebank.account.card.domain.CardProduct;
import org.ebank.account.ledger.domain.Entry;
import org.ebank.account.ledger.domain.Hold;
import org.ebank.account.ledger.domain.Ledger;
import org.ebank.account.ledger.domain.LedgerAccount;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.account.ledger.domain.PostingDecision;
import org.ebank.account.star.application.StarLevels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Records a posting on the ledger, once: the accounts are locked in id order (no deadlocks), the id is
 * checked under those locks (a concurrent retry waits, then gets the first result), and the entries,
 * balances, a captured hold and the 动账 events commit together.
 */
@Service
public class RecordPosting {

    private final LedgerRepository ledger;
    private final PostingEvents events;
    private final StarLevels starLevels;
    private final Clock clock;

    public RecordPosting(LedgerRepository ledger, PostingEvents events, StarLevels starLevels, Clock clock) {
        this.ledger = ledger;
        this.events = events;
        this.starLevels = starLevels;
        this.clock = clock;
    }

    @Transactional
    public Mono<PostingOutcome> record(Posting posting) {
        String fingerprint = sha256(posting.fingerprint());
        return ledger.lockAccounts(posting.accountIds())
                .flatMap(accounts -> ledger.findPosting(posting.id())
                        .map(existing -> existing.fingerprint().equals(fingerprint)
                                ? (PostingOutcome) new PostingOutcome.Decided(existing, true)
                                : new PostingOutcome.IdConflict(posting.id()))
                        .switchIfEmpty(Mono.defer(() -> checkReversal(posting)
                                .switchIfEmpty(Mono.defer(() -> withHold(posting, fingerprint, accounts))))));
    }

    private Mono<PostingOutcome> checkReversal(Posting posting) {
        if (posting.reverses() == null) {
            return Mono.empty();
        }
        return ledger.findReversalOf(posting.reverses())
                .map(by -> (PostingOutcome) new PostingOutcome.AlreadyReversed(posting.reverses(), by));
    }

    private Mono<PostingOutcome> withHold(Posting posting, String fingerprint, Map<String, LockedAccount> accounts) {
        Map<String, LedgerAccount> view = new HashMap<>(accounts.values().stream()
                .collect(Collectors.toMap(a -> a.ledger().id(), LockedAccount::ledger)));
        if (posting.capturesHold() == null) {
            return decide(posting, fingerprint, accounts, view, null);
        }
        return ledger.lockHold(posting.capturesHold())
                .filter(hold -> hold.isActive() && view.containsKey(hold.accountId()))
                .flatMap(hold -> {
                    view.put(hold.accountId(), hold.releasedFrom(view.get(hold.accountId())));
                    return decide(posting, fingerprint, accounts, view, hold);
                })
                .switchIfEmpty(Mono.fromSupplier(() -> new PostingOutcome.HoldUnavailable(posting.capturesHold())));
    }

    private Mono<PostingOutcome> decide(Posting posting, String fingerprint, Map<String, LockedAccount> accounts,
                                        Map<String, LedgerAccount> view, Hold captured) {
        PostingDecision decision = Ledger.decide(posting, view);
        if (decision instanceof PostingDecision.Accepted accepted) {
            RecordedPosting recorded = new RecordedPosting(posting.id(), fingerprint, RecordedPosting.Status.RECORDED,
                    posting.channel().name(), posting.kind(), posting.memo(), accepted.entries(), null, null, clock.instant());
            Mono<Void> capture = captured == null ? Mono.empty()
                    : ledger.settleHold(captured, Hold.Status.CAPTURED, recorded.recordedAt());
            return capture.then(ledger.save(recorded, posting, accepted.newBalances()))
                    .then(events.announce(posting, recorded, accounts))
                    .then(starLevels.recompute(starAccounts(accounts)))
                    .thenReturn(new PostingOutcome.Decided(recorded, false));
        }
        PostingDecision.Refused refused = (PostingDecision.Refused) decision;
        RecordedPosting recorded = new RecordedPosting(posting.id(), fingerprint, RecordedPosting.Status.REFUSED,
                posting.channel().name(), posting.kind(), posting.memo(), List.<Entry>of(), refused.reason(),
                refused.accountId(), clock.instant());
        return ledger.save(recorded, posting, Map.of()).thenReturn(new PostingOutcome.Decided(recorded, false));
    }

    /** 易汇通卡 accounts whose liquid assets just changed. */
    private static List<String> starAccounts(Map<String, LockedAccount> accounts) {
        return accounts.values().stream().filter(a -> CardProduct.YIHUITONG.name().equals(a.product()))
                .map(a -> a.ledger().id()).sorted().toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
