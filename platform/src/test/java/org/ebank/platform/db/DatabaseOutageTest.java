package org.ebank.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Only a database that cannot be reached is an outage: a statement that fails would fail again, however long one waits. */
class DatabaseOutageTest {

    private final DatabaseOutage outage = new DatabaseOutage();

    @Test
    void aLostOrRefusedConnectionOrAServerShuttingDownIsAnOutageWhereverItIsWrapped() {
        assertThat(outage.causedBy(new R2dbcNonTransientResourceException("connection failure", "08006"))).isTrue();
        assertThat(outage.causedBy(new DataAccessResourceFailureException("execute",
                new R2dbcNonTransientResourceException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(outage.causedBy(new R2dbcTransientResourceException("the database system is starting up", "57P03"))).isTrue();
        assertThat(outage.causedBy(new R2dbcTransientResourceException("too many clients already", "53300"))).isTrue();
        assertThat(outage.causedBy(new CannotCreateTransactionException("Could not open R2DBC Connection for transaction",
                new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
                        new PostgresConnectionException(new ConnectException("Connection refused")))))).isTrue();
        assertThat(outage.causedBy(new PostgresConnectionClosedException())).isTrue();
        assertThat(outage.causedBy(new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
                new R2dbcNonTransientResourceException("Connection validation failed")))).as("the pool's").isTrue();
    }

    @Test
    void aStatementThatFailsOrAnotherPartThatCannotBeReachedIsNot() {
        assertThat(outage.causedBy(new DataAccessResourceFailureException("execute",
                new R2dbcNonTransientResourceException("index row size exceeds maximum", "54000")))).isFalse();
        assertThat(outage.causedBy(new R2dbcNonTransientResourceException("canceling statement due to statement timeout", "57014")))
                .isFalse();
        assertThat(outage.causedBy(new R2dbcBadGrammarException("relation does not exist", "42P01"))).isFalse();
        assertThat(outage.causedBy(new R2dbcBadGrammarException("a statement the driver refused to send"))).isFalse();
        assertThat(outage.causedBy(new ConnectException("the SMS provider refused the connection"))).as("not the database").isFalse();
        assertThat(outage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    /** As the PostgreSQL driver's, which are not public: resource failures without a SQL state. */
    private static final class PostgresConnectionException extends R2dbcNonTransientResourceException {
        PostgresConnectionException(Throwable cause) {
            super("Cannot connect to localhost/127.0.0.1:5432", cause);
        }
    }

    private static final class PostgresConnectionClosedException extends R2dbcNonTransientResourceException {
        PostgresConnectionClosedException() {
            super("Cannot exchange messages because the connection is closed");
        }
    }
}
