package org.ebank.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ebank.notification.push.application.SendDuePushes;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.testing.MutableClock;
import org.ebank.platform.testing.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A push provider that refuses one customer's push: that push waits for the next run, and the others go out now. */
@SpringBootTest(properties = {"ebank.push.recommend-cron=-", "ebank.push.send-every=1h",
        "resilience4j.circuitbreaker.instances.push.minimum-number-of-calls=1000"})
@Import(PushDeliveryIT.Clocks.class)
class PushDeliveryIT {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 27, 12, 0);
    private static final HttpServer provider = provider();
    private static final AtomicBoolean refuseFailing = new AtomicBoolean(true);
    private static final List<String> delivered = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, PushDeliveryIT.class);
        registry.add("ebank.push-provider.url", () -> "http://127.0.0.1:" + provider.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        provider.stop(0);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return MutableClock.at(NOON, PlatformAutoConfiguration.BANK_ZONE);
        }
    }

    @Autowired
    DatabaseClient db;
    @Autowired
    MutableClock clock;
    @Autowired
    SendDuePushes send;

    @Test
    void aPushTheProviderRefusesWaitsForTheNextRunWhileTheOthersGoOut() {
        var now = clock.instant();
        sql("insert into push_offer (code, name, risk_level, min_purchase, channels, sales_start, sales_end, windows, term_days, "
                + "expected_yield, night_market) values ('SAFE', '稳盈30天', 2, 10000.00, 'MOBILE,NETBANK', :start, :end, '', 30, 0.025, false)",
                now.minusSeconds(86_400), now.plusSeconds(86_400 * 30));
        for (String customer : List.of("cus-failing", "cus-fine")) {
            sql("insert into recipient (customer_id, name, phone, birth_date) values ('" + customer + "', '客户', '13700000009', '1980-01-01')",
                    null, null);
        }
        pending("p-1", "cus-failing", now.minusSeconds(120));
        pending("p-2", "cus-fine", now.minusSeconds(60));

        assertThat(send.run().block()).isEqualTo(1);
        assertThat(status("p-1")).isEqualTo("PENDING");
        assertThat(status("p-2")).isEqualTo("SENT");
        assertThat(delivered).containsExactly("cus-fine");

        refuseFailing.set(false);
        assertThat(send.run().block()).isEqualTo(1);
        assertThat(status("p-1")).isEqualTo("SENT");
        assertThat(delivered).containsExactly("cus-fine", "cus-failing");
    }

    private void pending(String id, String customer, java.time.Instant sendAfter) {
        db.sql("""
                        insert into push (id, customer_id, product_code, score, reason, reason_en, decided_at, send_after, status)
                        values (:id, :customer, 'SAFE', 40, '您的活期余额近30天平均6.0万元。推荐您了解「稳盈30天」。', 'We suggest 稳盈30天.',
                                :at, :at, 'PENDING')""")
                .bind("id", id).bind("customer", customer).bind("at", sendAfter.atOffset(ZoneOffset.UTC)).then().block();
    }

    private void sql(String sql, java.time.Instant start, java.time.Instant end) {
        var spec = db.sql(sql);
        if (start != null) {
            spec = spec.bind("start", start.atOffset(ZoneOffset.UTC)).bind("end", end.atOffset(ZoneOffset.UTC));
        }
        spec.then().block();
    }

    private String status(String id) {
        return db.sql("select status from push where id = :id").bind("id", id).map(row -> row.get(0, String.class)).one().block();
    }

    private static HttpServer provider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/pushes", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String customer = body.replaceAll(".*\"customerId\":\"([^\"]+)\".*", "$1");
                boolean refuse = customer.equals("cus-failing") && refuseFailing.get();
                if (!refuse) {
                    delivered.add(customer);
                }
                exchange.sendResponseHeaders(refuse ? 503 : 202, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
