package org.ebank.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What each service's database did for a measured run, from pg_stat_statements (switched on with
 * {@code -Dbench.statements=true}): statements per unit of work, by database, the most frequent first.
 */
final class Statements {

    private final String jdbc;

    private Statements(String jdbc) {
        this.jdbc = jdbc;
    }

    /** Null unless {@code -Dbench.statements=true}. */
    static Statements fromSystemProperty(BenchSystem bench) throws SQLException {
        if (!Boolean.getBoolean("bench.statements")) {
            return null;
        }
        Statements statements = new Statements("jdbc:postgresql://127.0.0.1:" + bench.ports.postgres() + "/postgres");
        try (Connection connection = statements.connect()) {
            connection.createStatement().execute("create extension if not exists pg_stat_statements");
        }
        return statements;
    }

    void reset() throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute("select pg_stat_statements_reset()");
        }
    }

    /** Prints statements per unit, by database, for the {@code units} of work done since {@link #reset}. */
    void print(String unit, long units) throws SQLException {
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery("""
                select d.datname, s.calls, s.total_exec_time, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 110) as query
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname <> 'postgres' order by d.datname, s.calls desc""")) {
            System.out.printf("%nStatements per %s (%d %ss), from pg_stat_statements:%n", unit, units, unit);
            String database = "";
            double total = 0;
            while (rows.next()) {
                if (!rows.getString("datname").equals(database)) {
                    database = rows.getString("datname");
                    System.out.println("  " + database);
                }
                double perUnit = rows.getLong("calls") / (double) units;
                total += perUnit;
                if (perUnit >= 0.05) {
                    System.out.printf("    %6.2f  %s%n", perUnit, rows.getString("query"));
                }
            }
            System.out.printf("  all databases: %.1f statements per %s%n", total, unit);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbc, "postgres", "");
    }
}
