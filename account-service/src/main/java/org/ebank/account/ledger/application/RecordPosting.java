package org.ebank.account.ledger.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ebank.account.ledger.domain.Entry;
import org.ebank.account.ledger.domain.Hold;
import org.ebank.account.ledger.domain.Ledger;
import org.ebank.account.ledger.domain.LedgerAccount;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.account.ledger.domain.PostingDecision;
import org.ebank.contracts.value.Money;
import org.ebank.platform.events.TraceParent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Records postings on the ledger, each once. The accounts of all of them are locked first, in id order (no
 * deadlocks); each id is checked under those locks (a concurrent retry waits, then gets the first result); then the
 * postings are decided one after another, each seeing the balances the ones before it left, so one posting's
 * refusal (say, insufficient funds) is its own and the others go through. Entries, balances, captured holds and the
 * 动账 events of all of them are written with a few statements and commit together: a group commit when several
 * arrive at once ({@link PostingBatcher}), a transaction of its own for one.
 */
@Service
public class RecordPosting {

    private final LedgerRepository ledger;
    private final PostingEvents events;
    private final Clock clock;

    public RecordPosting(LedgerRepository ledger, PostingEvents events, Clock clock) {
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** One posting, in the caller's transaction (or one of its own); its events carry the caller's trace. */
    @Transactional
    public Mono<PostingOutcome> record(Posting posting) {
        return TraceParent.current()
                .flatMap(trace -> recordAll(List.of(new Submission(posting, trace.orElse(null)))))
                .map(outcomes -> outcomes.get(0));
    }

    /** Several postings in the order given, in one transaction; an outcome for each, in the same order. */
    @Transactional
    public Mono<List<PostingOutcome>> recordAll(List<Submission> submissions) {
        Set<String> accountIds = new TreeSet<>();
        Set<String> postingIds = new TreeSet<>();
        Set<String> holdIds = new TreeSet<>();
        Set<String> reversed = new TreeSet<>();
        for (Submission submission : submissions) {
            Posting posting = submission.posting();
            accountIds.addAll(posting.accountIds());
            postingIds.add(posting.id());
            if (posting.capturesHold() != null) {
                holdIds.add(posting.capturesHold());
            }
            if (posting.reverses() != null) {
                reversed.add(posting.reverses());
            }
        }
        // accounts first, then holds: the order Holds locks them in
        return ledger.lockAccounts(accountIds)
                .flatMap(accounts -> Mono.zip(ledger.findPostings(postingIds), ledger.lockHolds(holdIds),
                                ledger.findReversalsOf(reversed))
                        .flatMap(found -> {
                            Run run = new Run(accounts, found.getT1(), found.getT2(), found.getT3(), clock.instant());
                            submissions.forEach(run::decide);
                            return write(run).thenReturn(run.outcomes);
                        }));
    }

    private Mono<Void> write(Run run) {
        if (run.written.isEmpty()) {
            return Mono.empty();
        }
        return ledger.settleHolds(run.captured, Hold.Status.CAPTURED, run.at)
                .then(ledger.saveAll(run.written.stream().map(Written::toNew).toList()))
                .then(ledger.updateBalances(run.changedBalances()))
                .then(events.announceAll(run.written.stream().filter(w -> !w.entries().isEmpty()).toList(), run.locked));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A posting to record, with the trace of the request that asked for it (its events carry it on). */
    public record Submission(Posting posting, String traceparent) {
    }

    /** A decision to store: the posting as decided, what was asked, and the trace of the asker. */
    record Written(RecordedPosting recorded, Posting posting, String traceparent) {

        List<Entry> entries() {
            return recorded.entries();
        }

        /** Only a recorded posting captures or reverses anything. */
        LedgerRepository.NewPosting toNew() {
            boolean moved = recorded.status() == RecordedPosting.Status.RECORDED;
            return new LedgerRepository.NewPosting(recorded, moved ? posting.capturesHold() : null, moved ? posting.reverses() : null);
        }
    }

    /** The postings of one transaction, decided in order against one view of the locked accounts and holds. */
    private static final class Run {

        final Map<String, LockedAccount> locked;
        final Map<String, LedgerAccount> view = new HashMap<>();
        final Map<String, Money> startBalances = new HashMap<>();
        final Map<String, RecordedPosting> decided;
        final Map<String, Hold> holds;
        final Map<String, String> reversedBy;
        final Instant at;
        final List<PostingOutcome> outcomes = new ArrayList<>();
        final List<Written> written = new ArrayList<>();
        final List<Hold> captured = new ArrayList<>();

        Run(Map<String, LockedAccount> locked, Map<String, RecordedPosting> recordedBefore, Map<String, Hold> holds,
            Map<String, String> reversedBy, Instant at) {
            this.locked = locked;
            this.decided = new HashMap<>(recordedBefore);
            this.holds = new HashMap<>(holds);
            this.reversedBy = new HashMap<>(reversedBy);
            this.at = at;
            locked.values().forEach(a -> {
                view.put(a.ledger().id(), a.ledger());
                startBalances.put(a.ledger().id(), a.ledger().balance());
            });
        }

        void decide(Submission submission) {
            Posting posting = submission.posting();
            String fingerprint = sha256(posting.fingerprint());
            RecordedPosting earlier = decided.get(posting.id());
            if (earlier != null) {
                outcomes.add(earlier.fingerprint().equals(fingerprint) ? new PostingOutcome.Decided(earlier, true)
                        : new PostingOutcome.IdConflict(posting.id()));
                return;
            }
            if (posting.reverses() != null && reversedBy.containsKey(posting.reverses())) {
                outcomes.add(new PostingOutcome.AlreadyReversed(posting.reverses(), reversedBy.get(posting.reverses())));
                return;
            }
            Map<String, LedgerAccount> accounts = new LinkedHashMap<>();
            posting.accountIds().stream().filter(view::containsKey).forEach(id -> accounts.put(id, view.get(id)));
            Hold hold = null;
            if (posting.capturesHold() != null) {
                hold = holds.get(posting.capturesHold());
                if (hold == null || !hold.isActive() || !accounts.containsKey(hold.accountId())) {
                    outcomes.add(new PostingOutcome.HoldUnavailable(posting.capturesHold()));
                    return;
                }
                accounts.put(hold.accountId(), hold.releasedFrom(accounts.get(hold.accountId())));
            }
            RecordedPosting recorded;
            PostingDecision decision = Ledger.decide(posting, accounts);
            if (decision instanceof PostingDecision.Accepted accepted) {
                recorded = new RecordedPosting(posting.id(), fingerprint, RecordedPosting.Status.RECORDED, posting.channel().name(),
                        posting.kind(), posting.memo(), accepted.entries(), null, null, at);
                accounts.forEach((id, account) -> view.put(id, account.withBalance(accepted.newBalances().getOrDefault(id,
                        account.balance()))));
                if (hold != null) {
                    holds.put(hold.id(), hold.settled(Hold.Status.CAPTURED));
                    captured.add(hold);
                }
                if (posting.reverses() != null) {
                    reversedBy.put(posting.reverses(), posting.id());
                }
            } else {
                PostingDecision.Refused refused = (PostingDecision.Refused) decision;
                recorded = new RecordedPosting(posting.id(), fingerprint, RecordedPosting.Status.REFUSED, posting.channel().name(),
                        posting.kind(), posting.memo(), List.of(), refused.reason(), refused.accountId(), at);
            }
            decided.put(posting.id(), recorded);
            written.add(new Written(recorded, posting, submission.traceparent()));
            outcomes.add(new PostingOutcome.Decided(recorded, false));
        }

        /** Customer accounts whose balance the run changed, with their final balance. */
        Map<String, Money> changedBalances() {
            Map<String, Money> changed = new HashMap<>();
            view.forEach((id, account) -> {
                if (!account.isInternal() && !Objects.equals(account.balance(), startBalances.get(id))) {
                    changed.put(id, account.balance());
                }
            });
            return changed;
        }
    }
}
