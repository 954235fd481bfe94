package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The worst hour: a part of the system fails while customers keep paying through the gateway — the Kafka broker,
 * PostgreSQL, account-service and transfer-service killed mid-payment, notification-service and insight-service away for half a minute — and
 * afterwards every transfer has ended (completed or failed), each card's money is exact to the fen, every 动账 message
 * is in the message centre exactly once, and every outbox has drained. Each fault prints its figures. Runs after the
 * ordinary system tests, and before EventDocumentIT, which then finds no record parked on a dead-letter topic.
 */
@ExtendWith(RunningSystem.class)
@Order(Integer.MAX_VALUE - 2)
class FaultsIT {

    private static final int CUSTOMERS = 12;
    private static final List<String> DATABASES = List.of("account", "transfer", "wealth", "notification", "insight");
    /** The services that only read the topics: messages, and the KPIs. */
    private static final List<String> READERS = List.of("notification-service", "insight-service");
    /** Payments that go through once the part is back, before the load stops. */
    private static final int AFTERWARDS = 100;

    @Test
    void theKafkaBrokerDownForFifteenSecondsWhileCustomersPayLosesAndRepeatsNothing() throws Exception {
        List<Payers.Payer> payers = Payers.create("1358", 700, CUSTOMERS, "1000.00");
        Run run = underLoad(payers, RunningSystem.current().system()::killBroker, Duration.ofSeconds(15),
                RunningSystem.current().system()::startBroker);

        Outcome outcome = Outcome.afterRecovery(payers, run.up());
        outcome.print("Kafka broker down 15 s", run);

        assertThat(run.whileDown()).as("payments need no broker: their events wait in the outbox").isPositive();
        assertThat(run.load().serverErrors).as("answers 5xx").isEmpty();
        outcome.assertSound(run.load());
    }

    @Test
    void postgreSqlStoppedForTenSecondsWhileCustomersPayIsAnswered503AndTheServicesRecoverByThemselves() throws Exception {
        List<Payers.Payer> payers = Payers.create("1359", 800, CUSTOMERS, "1000.00");
        Run run = underLoad(payers, RunningSystem.current().system()::stopDatabase, Duration.ofSeconds(10),
                RunningSystem.current().system()::startDatabase);

        Outcome outcome = Outcome.afterRecovery(payers, run.up());
        outcome.print("PostgreSQL stopped 10 s, then started", run);

        assertThat(run.load().serverErrors).as("what customers were told while the database was away").isNotEmpty()
                .allSatisfy(error -> assertThat(error).as("503 problem+json with Retry-After")
                        .matches("(?s)503 application/problem\\+json\\S* Retry-After=\\d+ .*"));
        assertThat(run.afterwards()).as("payments go through again, no service restarted").isPositive();
        outcome.assertSound(run.load());
    }

    @Test
    void accountServiceAndThenTransferServiceKilledMidPaymentFinishEveryPaymentOnceWhenStartedAgain() throws Exception {
        LocalSystem system = RunningSystem.current().system();
        List<Payers.Payer> payers = Payers.create("1360", 900, CUSTOMERS, "1000.00");
        Run run = underLoad(payers, () -> {
            // the ledger dies: payments under way lose its answer and stay PENDING in transfer-service…
            system.kill("account-service");
            pause(Duration.ofSeconds(3));
            // …and then the service that holds them dies too, as a kill -9 would end it
            system.kill("transfer-service");
        }, Duration.ofSeconds(5), () -> startTogether(system, List.of("account-service", "transfer-service")));

        Outcome outcome = Outcome.afterRecovery(payers, run.up());
        outcome.print("account-service killed, 3 s later transfer-service killed, both started again 5 s later", run);

        assertThat(run.load().serverErrors).as("what customers were told while the services were away")
                .allSatisfy(error -> assertThat(error).as("503 with Retry-After, or 504, as problem+json")
                        .matches("(?s)(503 application/problem\\+json\\S* Retry-After=\\d+|504 application/problem\\+json\\S*) .*"));
        assertThat(run.afterwards()).as("payments go through again").isPositive();
        outcome.assertSound(run.load());
    }

    @Test
    void theEventReadersDownForHalfAMinuteCatchUpWithEveryMessageOnceAndKpisEqualToARebuild() throws Exception {
        LocalSystem system = RunningSystem.current().system();
        List<Payers.Payer> payers = Payers.create("1361", 1000, CUSTOMERS, "1000.00");
        Run run = underLoad(payers, () -> READERS.forEach(system::kill), Duration.ofSeconds(30), () -> startTogether(system, READERS));

        Outcome outcome = Outcome.afterRecovery(payers, run.up());
        outcome.print("notification-service and insight-service killed, started again 30 s later", run);

        assertThat(run.whileDown()).as("payments need no message sent at once: their events wait in Kafka").isPositive();
        assertThat(run.load().serverErrors).as("answers 5xx").isEmpty();
        outcome.assertSound(run.load());
        Kpis.assertARebuildGivesTheSame();
    }

    /**
     * Customers pay until payments are going through, then a part is broken for {@code down} and mended, and they pay
     * on until {@link #AFTERWARDS} more have gone through.
     */
    private static Run underLoad(List<Payers.Payer> payers, Runnable breakIt, Duration down, Runnable mend) throws Exception {
        PayingLoad load = new PayingLoad(payers);
        boolean broken = false;
        try {
            await().atMost(Duration.ofSeconds(60)).failFast(load::assertNoSurprises)
                    .until(() -> load.completed.get() >= CUSTOMERS);
            breakIt.run();
            broken = true;
            int before = load.completed.get();
            pause(down); // how long the part stays broken is the fault itself, not a wait for something
            int whileDown = load.completed.get() - before;
            mend.run();
            broken = false;
            Instant up = Instant.now();
            int atRestart = load.completed.get();
            await().atMost(Duration.ofSeconds(120)).failFast(load::assertNoSurprises)
                    .until(() -> load.completed.get() - atRestart >= AFTERWARDS);
            int afterwards = load.completed.get() - atRestart;
            load.stop();
            return new Run(load, whileDown, afterwards, up);
        } finally {
            // a fault that failed its test leaves neither a broken part nor paying customers to the tests after it
            load.halt();
            if (broken) {
                mend.run();
            }
        }
    }

    /** Starts the services side by side, as an operator would, and waits until each is ready. */
    private static void startTogether(LocalSystem system, List<String> services) {
        CompletableFuture.allOf(services.stream().map(name -> CompletableFuture.runAsync(() -> system.startService(name)))
                .toArray(CompletableFuture[]::new)).join();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The load a fault ran under, the payments completed while the part was down and after it was back, and when. */
    private record Run(PayingLoad load, int whileDown, int afterwards, Instant up) {
    }

    /** What the database says once the system has caught up after a fault. */
    private record Outcome(List<Payers.Payer> payers, Map<String, Long> transfers, Set<String> completedIds, long duplicated,
                           Duration recovered) {

        /** Waits until every outbox has drained and every entry on the customers' cards has its 动账 message. */
        static Outcome afterRecovery(List<Payers.Payer> payers, Instant since) {
            String accounts = accounts(payers);
            String customers = payers.stream().map(p -> "'" + p.customerId() + "'").collect(Collectors.joining(","));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                for (String database : DATABASES) {
                    assertThat(Databases.count(database, "select count(*) from outbox_event where published_at is null"))
                            .as("events left in " + database + "'s outbox").isZero();
                }
                assertThat(Databases.strings("transfer", "select status from transfer where from_account_id in (" + accounts + ")"
                        + " and status not in ('COMPLETED', 'FAILED')")).as("transfers not ended").isEmpty();
                assertThat(Databases.count("notification", "select count(*) from message where category = 'TRANSACTION'"
                        + " and customer_id in (" + customers + ")"))
                        .as("动账 messages in the centre, one per entry on the customers' cards")
                        .isEqualTo(Databases.count("account", "select count(*) from entry where account_id in (" + accounts + ")"));
            });
            Duration recovered = Duration.between(since, Instant.now());
            Map<String, Long> transfers = Databases.strings("transfer", "select status || '=' || count(*) from transfer"
                            + " where from_account_id in (" + accounts + ") group by status").stream()
                    .collect(Collectors.toMap(s -> s.split("=")[0], s -> Long.parseLong(s.split("=")[1])));
            Set<String> completedIds = new HashSet<>(Databases.strings("transfer", "select id from transfer where from_account_id in ("
                    + accounts + ") and status = 'COMPLETED'"));
            try {
                long duplicated = Databases.count("notification", "select count(*) - count(distinct event_id) from message"
                        + " where customer_id in (" + customers + ")");
                return new Outcome(payers, transfers, completedIds, duplicated, recovered);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void print(String fault, Run run) {
            PayingLoad load = run.load();
            System.out.printf("Fault: %s, %d customers paying through the gateway: %d requests; payments answered COMPLETED %d"
                            + " (%d during the fault, %d after it), PENDING %d, FAILED %d; answers 5xx %d, without an answer %d;"
                            + " transfers in the database by status %s; lost %d, duplicated %d; every transfer ended, every outbox"
                            + " drained and every 动账 message delivered %.1f s after the fault ended%n", fault, CUSTOMERS,
                    load.requests.get(), load.completed.get(), run.whileDown(), run.afterwards(), load.pending.get(),
                    load.failed.get(), load.serverErrors.size(), load.unanswered.get(), transfers, lost(load), duplicated,
                    recovered.toMillis() / 1000.0);
        }

        /** Payments answered COMPLETED that the database does not have as completed. */
        long lost(PayingLoad load) {
            return load.completedIds.stream().filter(id -> !completedIds.contains(id)).count();
        }

        void assertSound(PayingLoad load) throws java.sql.SQLException {
            String accounts = accounts(payers);
            assertThat(lost(load)).as("payments answered COMPLETED and not in the database").isZero();
            assertThat(transfers.get("COMPLETED")).as("a payment answered PENDING, 5xx or not at all completes at most once")
                    .isBetween((long) load.completed.get() + CUSTOMERS, (long) load.completed.get() + CUSTOMERS
                            + load.pending.get() + load.unanswered.get() + load.serverErrors.size());
            assertThat(duplicated).as("动账 messages sent twice").isZero();
            assertThat(Databases.strings("account", "select coalesce(sum(case direction when 'DEBIT' then amount else -amount end), 0)"
                    + " from entry where posting_id in (select posting_id from entry where account_id in (" + accounts + "))"))
                    .as("every posting balanced").containsExactly("0.00");
            List<String> completed = Databases.strings("transfer", "select id from transfer where from_account_id in (" + accounts
                    + ") and status = 'COMPLETED'");
            Set<String> recorded = new HashSet<>(Databases.strings("account", "select id from posting where status = 'RECORDED' and id in ("
                    + completed.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")"));
            assertThat(completed).as("COMPLETED transfers the ledger has no recorded posting for (posting id = transfer id)")
                    .filteredOn(id -> !recorded.contains(id)).isEmpty();
            for (Payers.Payer payer : payers) {
                long paid = Databases.count("transfer", "select count(*) from transfer where from_account_id = '" + payer.accountId()
                        + "' and status = 'COMPLETED'");
                BigDecimal received = new BigDecimal("0.01").add(BigDecimal.valueOf(paid - 1));
                assertThat(Databases.strings("account", "select balance::text from account where id = '" + payer.secondAccountId() + "'"))
                        .as("the second card holds the first 0.01 and 1.00 for each other completed payment, once")
                        .containsExactly(received.setScale(2).toPlainString());
                assertThat(Databases.strings("account", "select balance::text from account where id = '" + payer.accountId() + "'"))
                        .as("and the first card the rest of 1000.00, to the fen")
                        .containsExactly(new BigDecimal("1000.00").subtract(received).toPlainString());
                assertThat(Databases.count("account", "select count(*) from entry where account_id = '" + payer.secondAccountId() + "'"))
                        .as("one credit per completed payment").isEqualTo(paid);
            }
        }

        private static String accounts(List<Payers.Payer> payers) {
            return payers.stream().flatMap(p -> Stream.of(p.accountId(), p.secondAccountId())).map(id -> "'" + id + "'")
                    .collect(Collectors.joining(","));
        }
    }
}
