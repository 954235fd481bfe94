package org.ebank.infra;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid resident id numbers (GB 11643 check digit) for demo data, system tests and benchmarks. */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private ResidentIds() {
    }

    /** A number for someone from region {@code 330106} born on {@code born}; {@code sequence} 0-999 tells people apart. */
    public static String of(LocalDate born, long sequence) {
        String first17 = "330106" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
