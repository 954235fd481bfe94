package org.ebank.platform.db;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

/**
 * Migrates the platform tables (outbox, processed events) first, with a history of their own, then
 * the service's schema: each versions its migrations without colliding with the other.
 */
public class PlatformMigrations implements FlywayMigrationStrategy {

    public static final String HISTORY_TABLE = "platform_schema_history";

    @Override
    public void migrate(Flyway service) {
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
