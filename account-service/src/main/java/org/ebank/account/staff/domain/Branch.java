package org.ebank.account.staff.domain;

import org.ebank.account.card.domain.Region;

/** A branch (网点): its code, name, region, and the branch it reports to (none for the city bank at the top). */
public record Branch(String code, String name, Region region, String parentCode) {

    public static final int MAX_NAME_LENGTH = 40;
    /** Letters of any script, digits (第2支行), and the punctuation names use. */
    public static final String NAME_PATTERN = "[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} ·.'\\-()（）]*";

    public Branch {
        if (code == null || !code.matches("\\d{4,12}")) {
            throw new IllegalArgumentException("a branch code is 4 to 12 digits");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a branch has a name of at most " + MAX_NAME_LENGTH + " characters");
        }
        if (code.equals(parentCode)) {
            throw new IllegalArgumentException("a branch does not report to itself");
        }
    }
}
