package org.ebank.transfer.fee.domain;

/** A quota of free uses: {@code limit} per calendar {@code period}, counted per fee card and rule. */
public record FreeUses(int limit, QuotaPeriod period) {

    public FreeUses {
        if (limit < 1) {
            throw new IllegalArgumentException("a quota allows at least one free use");
        }
    }
}
