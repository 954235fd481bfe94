package org.ebank.corporate.enterprise.domain;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from digits and the capital letters
 * but I, O, S, V and Z. The 1st is the registering authority, the 2nd the kind of organisation, the 3rd to 8th the
 * region, the 9th to 17th the organisation code, and the 18th a check character: the weighted sum of the first 17 (each
 * character's value times 3^i mod 31) brought to a multiple of 31.
 */
public record CreditCode(String value) {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (value == null || value.length() != 18) {
            throw new IllegalArgumentException("a unified social credit code has 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARACTERS.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException("a unified social credit code has digits and capital letters but I, O, S, V, Z");
            }
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new IllegalArgumentException("the unified social credit code's check character does not match");
        }
    }

    /** The code with the check character its first 17 call for. */
    public static CreditCode completing(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("give the first 17 characters");
        }
        return new CreditCode(first17 + checkCharacter(first17));
    }

    /** The region part (3rd to 8th characters): the administrative division the enterprise registered in. */
    public String region() {
        return value.substring(2, 8);
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int character = CHARACTERS.indexOf(first17.charAt(i));
            if (character < 0) {
                throw new IllegalArgumentException("a unified social credit code has digits and capital letters but I, O, S, V, Z");
            }
            sum += character * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
