package org.ebank.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.ebank.infra.postgres.PostgresServer;
import org.ebank.infra.test.TestInfra;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Replicas of a service started together on a new database (a first deployment, the local run) migrate it once, one
 * after the other, and every one of them starts.
 */
class PlatformMigrationsIT {

    private static final int REPLICAS = 4;

    @RepeatedTest(3)
    void replicasStartedTogetherOnANewDatabaseAllMigrateIt() throws SQLException {
        String database = TestInfra.newDatabase("migrations");
        String url = TestInfra.postgres().jdbcUrl(database);
        CyclicBarrier together = new CyclicBarrier(REPLICAS);

        List<CompletableFuture<Void>> replicas = IntStream.range(0, REPLICAS)
                .mapToObj(replica -> CompletableFuture.runAsync(() -> {
                    Flyway service = Flyway.configure()
                            .dataSource(url, PostgresServer.SUPERUSER, "")
                            .locations("classpath:db/migration")
                            .baselineOnMigrate(true) // as ebank-platform-defaults.properties configure it
                            .baselineVersion("0")
                            .load();
                    await(together);
                    new PlatformMigrations().migrate(service);
                }))
                .toList();

        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).join();
        try (Connection db = DriverManager.getConnection(url, PostgresServer.SUPERUSER, "")) {
            assertThat(count(db, "select count(*) from " + PlatformMigrations.HISTORY_TABLE + " where success"))
                    .as("each platform migration applied once")
                    .isEqualTo(count(db, "select count(distinct version) from " + PlatformMigrations.HISTORY_TABLE))
                    .isGreaterThanOrEqualTo(7);
            assertThat(count(db, "select count(*) from flyway_schema_history where success and version = '1'"))
                    .as("the service's own migration applied once").isEqualTo(1);
            assertThat(count(db, "select count(*) from outbox_event")).isZero();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
