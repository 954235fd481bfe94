package org.ebank.contracts.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the ledger refused a request: each is a {@code 422 application/problem+json} whose {@code type} ends in the
 * slug, with the posting (and, for the first two, the account) it concerns.
 */
public enum LedgerRefusal {
    INSUFFICIENT_FUNDS("insufficient-funds"),
    UNKNOWN_ACCOUNT("unknown-account"),
    /** The hold a posting would capture is unknown, released or captured already. */
    HOLD_UNAVAILABLE("hold-unavailable"),
    ALREADY_REVERSED("already-reversed"),
    /** Nothing recorded under the posting id to reverse. */
    UNKNOWN_POSTING("unknown-posting"),
    /** The id was used before for a posting with other content. */
    POSTING_ID_REUSED("posting-id-reused");

    private final String slug;

    LedgerRefusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The refusal a problem's {@code type} URI names, if it is one of these. */
    public static Optional<LedgerRefusal> ofType(String type) {
        return type == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> type.endsWith("/" + r.slug)).findFirst();
    }
}
