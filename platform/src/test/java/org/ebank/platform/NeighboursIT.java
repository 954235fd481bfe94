package org.ebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testing.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A neighbour at {@code lb://<service>} is one of its instances, in turn (Spring Cloud LoadBalancer over the listed
 * instances); any other address is called as it is.
 */
@SpringBootTest(classes = PlatformTestApp.class, properties = {"ebank.outbox.relay-enabled=false", "ebank.retention.enabled=false"})
class NeighboursIT {

    private static final List<HttpServer> INSTANCES = List.of(instance("first"), instance("second"));

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, NeighboursIT.class);
        for (int i = 0; i < INSTANCES.size(); i++) {
            int port = INSTANCES.get(i).getAddress().getPort();
            registry.add("spring.cloud.discovery.client.simple.instances.ledger[" + i + "].uri", () -> "http://127.0.0.1:" + port);
        }
    }

    @AfterAll
    static void stop() {
        INSTANCES.forEach(server -> server.stop(0));
    }

    @Autowired
    WebClient.Builder builder;

    @Test
    void callsToLbServiceGoToEachOfItsInstancesInTurnAndOtherAddressesAsTheyAre() {
        WebClient balanced = builder.baseUrl("lb://ledger").build();
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answered.add(balanced.get().uri("/who?n=" + i).retrieve().bodyToMono(String.class).block());
        }
        assertThat(answered).containsOnly("first", "second").contains("first", "second");

        int second = INSTANCES.get(1).getAddress().getPort();
        assertThat(builder.build().get().uri("http://127.0.0.1:" + second + "/who").retrieve().bodyToMono(String.class).block())
                .isEqualTo("second");
    }

    private static HttpServer instance(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
            server.createContext("/who", exchange -> {
                byte[] body = name.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
