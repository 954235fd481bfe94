package org.ebank.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The running system's databases, read directly by the system tests to see what rests where. */
final class Databases {

    private Databases() {
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + RunningSystem.current().system().ports().postgres()
                + "/" + database, "postgres", "");
    }

    /** The first column of each row. */
    static List<String> strings(String database, String sql) {
        try (var connection = connect(database); var rows = connection.createStatement().executeQuery(sql)) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String database, String sql) throws SQLException {
        try (var connection = connect(database); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
