package org.ebank.platform.web;

import org.ebank.platform.paging.Keyset;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;

/** The paging rules every list follows: 1 to 100 items a page, and opaque cursors handed back as they were given. */
public final class Paging {

    public static final int MAX_LIMIT = 100;

    private Paging() {
    }

    /** The page size asked for, or a 400 naming {@code limit}. */
    public static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalidField("limit", new Text("每页条数为 1 到 " + MAX_LIMIT, "limit is 1 to " + MAX_LIMIT));
        }
        return limit;
    }

    /** Where the page asked for starts: {@code null} for the first, or a 400 naming {@code cursor}. */
    public static Keyset after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Keyset.of(cursor);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("cursor", new Text("分页游标无效", "The paging cursor is not valid"));
        }
    }
}
