package org.ebank.contracts.ledger;

import java.util.List;
import org.ebank.contracts.value.Channel;

/**
 * A balanced set of legs to record together or not at all. The id is the caller's (a transfer id, {@code settle-…}),
 * which makes a repeated request harmless: the ledger answers it with its first result.
 *
 * @param kind         what the money moved for, e.g. {@code TRANSFER}, {@code CASH_DEPOSIT}, {@code WEALTH_PURCHASE}
 * @param capturesHold a hold this posting settles, or null
 */
public record PostingRequest(String postingId, Channel channel, String kind, String memo, List<Leg> legs,
                             String capturesHold) {

    public static final int MAX_LEGS = 10;

    public PostingRequest(String postingId, Channel channel, String kind, String memo, List<Leg> legs) {
        this(postingId, channel, kind, memo, legs, null);
    }
}
