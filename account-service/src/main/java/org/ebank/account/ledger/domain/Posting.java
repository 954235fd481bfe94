package org.ebank.account.ledger.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;

/**
 * A balanced set of legs recorded together or not at all (double entry): debits equal credits, so
 * money is never created or destroyed. The id is chosen by the caller, which makes a retried
 * request harmless.
 *
 * @param kind         what the money moved for, e.g. {@code TRANSFER}, {@code FEE}, {@code WEALTH_PURCHASE}
 * @param capturesHold a hold this posting settles: its money is released into the posting, or null
 * @param reverses     the posting this one compensates, or null
 */
public record Posting(String id, Channel channel, String kind, String memo, List<Leg> legs, String capturesHold,
                      String reverses) {

    public static final int MAX_LEGS = PostingRequest.MAX_LEGS;

    public Posting {
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("a posting id has 1 to 100 characters");
        }
        if (channel == null || kind == null || kind.isBlank() || kind.length() > 40) {
            throw new IllegalArgumentException("a posting names its channel and its kind (at most 40 characters)");
        }
        if (memo != null && memo.length() > 200 || capturesHold != null && capturesHold.length() > 100) {
            throw new IllegalArgumentException("a memo has at most 200 characters, a hold id at most 100");
        }
        if (legs == null || legs.size() < 2 || legs.size() > MAX_LEGS || legs.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a posting has 2 to " + MAX_LEGS + " legs");
        }
        legs = List.copyOf(legs);
        if (reverses != null && reverses.equals(id)) {
            throw new IllegalArgumentException("a posting cannot reverse itself");
        }
        Money sum = legs.stream().map(Leg::signedAmount).reduce(Money.ZERO, Money::plus);
        if (sum.amount().signum() != 0) {
            throw new IllegalArgumentException("debits and credits must be equal (they differ by " + sum + ")");
        }
    }

    public Posting(String id, Channel channel, String kind, String memo, List<Leg> legs) {
        this(id, channel, kind, memo, legs, null, null);
    }

    /** The accounts touched, in id order: the order their rows are locked in, so postings never deadlock. */
    public Set<String> accountIds() {
        Set<String> ids = new TreeSet<>();
        legs.forEach(leg -> ids.add(leg.accountId()));
        return ids;
    }

    /** The compensating posting: every leg on the other side. */
    public Posting reversal(String reversalId) {
        return new Posting(reversalId, channel, "REVERSAL", "冲正 reversal of " + id,
                legs.stream().map(Leg::reversed).toList(), null, id);
    }

    /** Identifies the content, so a retry with the same id and another body is told apart. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(channel + "|" + kind + "|" + (memo == null ? "" : memo) + "|"
                + (capturesHold == null ? "" : capturesHold) + "|" + (reverses == null ? "" : reverses));
        legs.forEach(leg -> text.append('|').append(leg.accountId()).append(':').append(leg.direction())
                .append(':').append(leg.amount()).append(':').append(leg.counterparty() == null ? "" : leg.counterparty()));
        return text.toString();
    }
}
