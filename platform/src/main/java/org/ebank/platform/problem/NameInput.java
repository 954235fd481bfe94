package org.ebank.platform.problem;

/**
 * What a person's or a company's name may contain, for {@code @Pattern}: letters of any script with their marks,
 * spaces, the middle dot of transliterated names (·), apostrophes, hyphens, dots, and brackets of company branches —
 * no digits, no control or direction-changing characters, nothing that reads as code.
 */
public final class NameInput {

    public static final String PATTERN = "[\\p{L}\\p{M}][\\p{L}\\p{M} ·.'\\-()（）]*";

    private NameInput() {
    }
}
