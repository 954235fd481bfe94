package org.ebank.account.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ebank.platform.problem.Text;

/** Opaque paging cursors: clients hand back what they were given, and cannot make one up. */
public final class Cursors {

    private Cursors() {
    }

    public static String of(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p" + position).getBytes(StandardCharsets.UTF_8));
    }

    public static Long parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        return Fields.parse("cursor", () -> {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.matches("p\\d{1,18}")) {
                throw new IllegalArgumentException("not a cursor");
            }
            return Long.parseLong(text.substring(1));
        }, new Text("分页游标无效", "The paging cursor is not valid"));
    }
}
