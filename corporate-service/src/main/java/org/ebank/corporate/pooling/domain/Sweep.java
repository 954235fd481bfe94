package org.ebank.corporate.pooling.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.ebank.contracts.value.Money;

/**
 * One member's sweep on one business day: decided (the amount fixed, before anything is posted), then swept (posted),
 * nothing (at or below its minimum) or refused by the ledger (the balance went down meanwhile: nothing moved).
 */
public record Sweep(String poolId, LocalDate businessDay, String accountId, Money amount, Status status, String reason) {

    public enum Status {
        DECIDED, SWEPT, NOTHING, REFUSED
    }

    /** The ledger posting of this sweep, the same on every try of the day's run (short: the ids it is made of may be long). */
    public String postingId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((poolId + "\n" + accountId).getBytes(StandardCharsets.UTF_8));
            return "sweep-" + businessDay + "-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
