package org.ebank.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

/**
 * Migrates the platform tables (outbox, processed events) first, with a history of their own, then the service's
 * schema: each versions its migrations without colliding with the other. Replicas started together (a first
 * deployment, the local run) take turns under a session advisory lock, so only the first migrates a new database and
 * the others find it done; Flyway's own lock covers one history table, not the two nor the baseline of the first.
 */
public class PlatformMigrations implements FlywayMigrationStrategy {

    public static final String HISTORY_TABLE = "platform_schema_history";
    /** "ebankmig" in ASCII: a key of the bank's own, apart from Flyway's, which derive from its table's name. */
    private static final long LOCK = 0x6562616e6b6d6967L;

    @Override
    public void migrate(Flyway service) {
        try (Connection connection = service.getConfiguration().getDataSource().getConnection();
                Statement turn = connection.createStatement()) {
            turn.execute("select pg_advisory_lock(" + LOCK + ")");
            RuntimeException failed = null;
            try {
                migrateUnlocked(service);
            } catch (RuntimeException e) {
                failed = e;
                throw e;
            } finally {
                try {
                    turn.execute("select pg_advisory_unlock(" + LOCK + ")");
                } catch (SQLException e) {
                    // the connection died (and its lock with it): the migration's own failure, if any, says more
                    if (failed == null) {
                        throw e;
                    }
                    failed.addSuppressed(e);
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not take turns migrating the database", e);
        }
    }

    private static void migrateUnlocked(Flyway service) {
        Flyway.configure()
                .configuration(service.getConfiguration())
                .locations("classpath:db/platform")
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        service.migrate();
    }
}
