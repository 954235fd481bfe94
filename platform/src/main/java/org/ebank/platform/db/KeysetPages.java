package org.ebank.platform.db;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.platform.paging.Keyset;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** A page of a table listed newest first by {@code (created_at, id)}, starting after a {@link Keyset}, in SQL. */
public final class KeysetPages {

    /** For the query's {@code where} clause, with {@code order by created_at desc, id desc}; bound by {@link #after}. */
    public static final String CONDITION = "(cast(:at as timestamptz) is null or (created_at, id) < (:at, :id))";

    private KeysetPages() {
    }

    /** Binds {@link #CONDITION}: after the keyset, or from the newest when it is null. */
    public static GenericExecuteSpec after(GenericExecuteSpec spec, Keyset after) {
        return after == null ? spec.bindNull("at", OffsetDateTime.class).bindNull("id", String.class)
                : spec.bind("at", after.at().atOffset(ZoneOffset.UTC)).bind("id", after.id());
    }
}
