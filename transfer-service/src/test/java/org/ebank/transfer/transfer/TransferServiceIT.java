package org.ebank.transfer.transfer;

import java.time.Duration;
import java.time.LocalDateTime;
import org.ebank.clearing.ClearingSimulator;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.AccountServiceFixture;
import org.ebank.platform.testing.MutableClock;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.transfer.directory.application.CardDirectory;
import org.ebank.transfer.transfer.application.ExecuteTransfer;
import org.ebank.transfer.transfer.application.QuoteTransfer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * transfer-service against the real ledger (account-service run from its jar) and the clearing
 * simulator, on the real broker, with a clock the tests move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TransferServiceIT.Clocks.class)
abstract class TransferServiceIT {

    protected static TestInfra.Namespace namespace;
    protected static AccountServiceFixture accounts;
    protected static ClearingSimulator clearing;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, TransferIT.class);
        accounts = AccountServiceFixture.start(namespace);
        registry.add("ebank.account.url", accounts::url);
        registry.add("ebank.transfers.recovery-interval", () -> "2s");
        try {
            clearing = ClearingSimulator.start(0, Duration.ofMillis(300));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        registry.add("ebank.clearing.url", clearing::url);
        registry.add("ebank.clearing.poll-interval", () -> "500ms");
        registry.add("ebank.scheduled.poll-interval", () -> "1h");
    }

    // Both test classes share one application context (the same configuration), so account-service and the
    // clearing simulator live as long as the test JVM; account-service is stopped by its shutdown hook.

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return MutableClock.at(LocalDateTime.of(2026, 11, 27, 10, 0), PlatformAutoConfiguration.BANK_ZONE);
        }
    }

    @Autowired
    protected WebTestClient web;
    @Autowired
    protected CardDirectory directory;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected QuoteTransfer quoteTransfer;
    @Autowired
    protected ExecuteTransfer executeTransfer;
    @Autowired
    protected org.ebank.transfer.scheduled.application.RunScheduledTransfers runScheduled;
    @Autowired
    protected Topics topics;
    @Autowired
    protected CloudEventCodec codec;
    @Autowired
    protected DatabaseClient db;

    protected CustomerSide api;

    @BeforeEach
    void slowerClient() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        api = new CustomerSide(web, namespace.bootstrapServers(), topics, codec, quoteTransfer, executeTransfer);
        clock.set(LocalDateTime.of(2026, 11, 27, 10, 0));
    }

    protected java.util.function.Predicate<String> known() {
        return accountId -> directory.byAccountId(accountId).blockOptional().isPresent();
    }
}
