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
        StringBuilder content = new StringBuilder(month.toString()).append('\n');
        tolls.stream().sorted(Comparator.comparing(Toll::tollId)).forEach(t -> content.append(t.tollId()).append('|')
                .append(t.plate()).append('|').append(t.entry()).append('|').append(t.exit()).append('|').append(t.exitedAt())
                .append('|').append(t.amount().amount().toPlainString()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
