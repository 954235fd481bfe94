package org.ebank.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * How long a 动账 alert takes: from the posting's transaction writing its event (account-service's outbox) to the
 * message being stored in the customer's message centre (notification-service), for the postings of a window. Both
 * times come from the same PostgreSQL server's clock.
 */
final class AlertDelay {

    private AlertDelay() {
    }

    static String measure(int postgresPort, Instant from, Instant to, Duration settle) throws Exception {
        Thread.sleep(settle.toMillis());
        Map<String, Timestamp> written = new HashMap<>();
        try (Connection account = connect(postgresPort, "account"); ResultSet rows = account.createStatement().executeQuery(
                "select event_id::text, created_at from outbox_event where topic = 'ebank.account.posting.v1' and created_at >= '"
                        + from + "'::timestamptz and created_at < '" + to + "'::timestamptz")) {
            while (rows.next()) {
                written.put(rows.getString(1), rows.getTimestamp(2));
            }
        }
        Histogram delays = new Histogram(3);
        int missing = written.size();
        try (Connection notification = connect(postgresPort, "notification"); ResultSet rows = notification.createStatement()
                .executeQuery("select event_id, stored_at from message where category = 'TRANSACTION'")) {
            while (rows.next()) {
                Timestamp at = written.get(rows.getString(1));
                if (at != null) {
                    missing--;
                    delays.recordValue(Math.max(0, rows.getTimestamp(2).getTime() - at.getTime()));
                }
            }
        }
        return String.format("%d alerts: p50 %d ms, p99 %d ms, max %d ms; %d not in the message centre after %d s",
                delays.getTotalCount(), delays.getValueAtPercentile(50), delays.getValueAtPercentile(99), delays.getMaxValue(),
                missing, settle.toSeconds());
    }

    private static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }
}
