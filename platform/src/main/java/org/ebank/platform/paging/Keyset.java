package org.ebank.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of a newest-first list ended: the last item's time and id. Items created in the same instant are neither
 * skipped nor shown twice. As a cursor it is opaque to clients: they hand back what they were given.
 */
public record Keyset(Instant at, String id) {

    public String cursor() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The keyset a cursor stands for; {@link IllegalArgumentException} when it is not one of ours. */
    public static Keyset of(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            if (parts.length != 2 || parts[1].isEmpty()) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Keyset(Instant.parse(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
