package org.ebank.platform.db;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.util.Set;
import org.ebank.platform.problem.Outage;

/**
 * The database cannot be reached: a connection refused or lost, the server shutting down or starting, out of
 * connections — not a statement that failed, which fails again however often it is tried. A request then answers 503
 * with {@code Retry-After}, and a consumer keeps retrying its record until the database is back instead of parking it.
 */
public final class DatabaseOutage implements Outage {

    /** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections; and class 08, connection exceptions. */
    private static final Set<String> SQL_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    @Override
    public boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof R2dbcException r2dbc) {
                String state = r2dbc.getSqlState();
                if (state == null) {
                    // the server did not answer: the driver could not connect or lost the connection, the pool found its
                    // connection dead ("Connection validation failed"); every error the server sends has a SQL state
                    return r2dbc instanceof R2dbcNonTransientResourceException || r2dbc instanceof R2dbcTransientResourceException;
                }
                return state.startsWith("08") || SQL_STATES.contains(state);
            }
        }
        return false;
    }
}
