package org.ebank.payment.etc.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A vehicle's number plate (车牌号): a province's character, the issuing city's letter, then five letters and digits
 * (粤A12345), or six for a new-energy vehicle (粤AD12345, 粤A12345D). Letters I and O are never used. Written with or
 * without the dot or space people put after the city's letter, in either case; kept as {@code 粤A12345}.
 */
public record Plate(String number) {

    public static final String FORMAT = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]"
            + "(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF])";
    private static final Pattern PLATE = Pattern.compile(FORMAT);

    public Plate {
        if (number == null || !PLATE.matcher(number).matches()) {
            throw new IllegalArgumentException("not a number plate");
        }
    }

    /** The plate as typed, tidied; or {@code null} when it is not a plate. */
    public static Plate parse(String typed) {
        if (typed == null) {
            return null;
        }
        String tidy = typed.strip().replace("·", "").replace("•", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return PLATE.matcher(tidy).matches() ? new Plate(tidy) : null;
    }

    @Override
    public String toString() {
        return number;
    }
}
