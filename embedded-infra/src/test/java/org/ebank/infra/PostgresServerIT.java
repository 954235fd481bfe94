package org.ebank.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Map;
import org.ebank.infra.postgres.PostgresServer;
import org.ebank.infra.postgres.RunAs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostgresServerIT {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(RunAs.class)
    void serverStartsStoresDataAndKeepsItAcrossARestart(RunAs runAs) throws Exception {
        boolean root = Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0);
        assumeTrue(root != (runAs == RunAs.CURRENT_USER), runAs + " applies only " + (root ? "to non-root" : "as root"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = temp.resolve("data");
        int port = FreePort.next();

        try (PostgresServer server = PostgresServer.start(data, port, runAs, Map.of())) {
            server.createDatabase("ledger");
            try (var connection = DriverManager.getConnection(server.jdbcUrl("ledger"), "postgres", "")) {
                connection.createStatement().execute("create table entry (amount numeric(19,2))");
                connection.createStatement().execute("insert into entry values (12.34)");
            }
        }
        try (PostgresServer again = PostgresServer.start(data, port, runAs, Map.of());
             var connection = DriverManager.getConnection(again.jdbcUrl("ledger"), "postgres", "")) {
            var rows = connection.createStatement().executeQuery("select amount from entry");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBigDecimal(1)).isEqualByComparingTo("12.34");
        }
    }
}
