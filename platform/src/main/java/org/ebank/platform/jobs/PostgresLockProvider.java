package org.ebank.platform.jobs;

import java.time.Duration;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.support.AbstractStorageAccessor;
import net.javacrumbs.shedlock.support.StorageBasedLockProvider;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * ShedLock's locks kept in the service's own database (table {@code shedlock}, the library's layout), timed on the
 * database's clock: a scheduled job marked {@code @SchedulerLock} runs on one instance of the service at a time, and a
 * cron job that every instance's scheduler fires runs once (its {@code lockAtLeastFor} outlasts the gap between the
 * instances' clocks). ShedLock's own providers for PostgreSQL need JDBC; the services reach their database through
 * R2DBC only. Blocking: call it from a scheduler's thread, never from an event loop.
 */
public class PostgresLockProvider extends StorageBasedLockProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    public PostgresLockProvider(DatabaseClient db) {
        super(new Storage(db));
    }

    private static final class Storage extends AbstractStorageAccessor {

        private final DatabaseClient db;
        /** This instance: its host, its process and a random part (two instances may share a host and a pid space). */
        private final String me;

        Storage(DatabaseClient db) {
            this.db = db;
            this.me = getHostname() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        }

        @Override
        public boolean insertRecord(LockConfiguration lock) {
            return changed(db.sql("""
                    insert into shedlock (name, lock_until, locked_at, locked_by)
                    values (:name, now() + make_interval(secs => :atMost), now(), :me) on conflict (name) do nothing""")
                    .bind("name", lock.getName()).bind("atMost", seconds(lock.getLockAtMostFor())).bind("me", me));
        }

        @Override
        public boolean updateRecord(LockConfiguration lock) {
            return changed(db.sql("""
                    update shedlock set lock_until = now() + make_interval(secs => :atMost), locked_at = now(), locked_by = :me
                    where name = :name and lock_until <= now()""")
                    .bind("name", lock.getName()).bind("atMost", seconds(lock.getLockAtMostFor())).bind("me", me));
        }

        @Override
        public boolean extend(LockConfiguration lock) {
            return changed(db.sql("""
                    update shedlock set lock_until = now() + make_interval(secs => :atMost)
                    where name = :name and locked_by = :me and lock_until > now()""")
                    .bind("name", lock.getName()).bind("atMost", seconds(lock.getLockAtMostFor())).bind("me", me));
        }

        /** Held on until {@code lockAtLeastFor} after it was taken, so a job that ran quickly does not run again at once. */
        @Override
        public void unlock(LockConfiguration lock) {
            changed(db.sql("""
                    update shedlock set lock_until = greatest(now(), locked_at + make_interval(secs => :atLeast))
                    where name = :name and locked_by = :me""")
                    .bind("name", lock.getName()).bind("atLeast", seconds(lock.getLockAtLeastFor())).bind("me", me));
        }

        private static boolean changed(DatabaseClient.GenericExecuteSpec statement) {
            Long rows = statement.fetch().rowsUpdated().block(TIMEOUT);
            return rows != null && rows == 1;
        }

        private static double seconds(Duration duration) {
            return duration.toMillis() / 1000.0;
        }
    }
}
