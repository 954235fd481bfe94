package org.ebank.payment.etc.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** A month's passages as the toll operator sends them, under its statement id: the same id is the same statement. */
public record TollStatement(String statementId, YearMonth month, List<Toll> tolls) {

    public TollStatement {
        tolls = List.copyOf(tolls);
    }

    /** What the statement says, in any order of its passages: a statement sent again is told from a different one by it. */
    public String fingerprint() {
        StringBuilder content = new StringBuilder();
        field(content, month.toString());
        tolls.stream().sorted(Comparator.comparing(Toll::tollId)).forEach(t -> {
            for (String value : new String[] {t.tollId(), t.plate().number(), t.entry(), t.exit(), t.exitedAt().toString(),
                    t.amount().amount().toPlainString()}) {
                field(content, value);
            }
        });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each value with its length before it: no two different statements read as the same text. */
    private static void field(StringBuilder content, String value) {
        content.append(value.length()).append(':').append(value);
    }
}
