package org.ebank.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ClientAddressTest {

    private final ClientAddress clients = new ClientAddress(List.of("10.0.0.1", "10.0.0.2"));

    @Test
    void aClientCannotChooseItsAddressByWritingTheHeaderItself() {
        assertThat(clients.of(from("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindOurLoadBalancersTheNearestAddressThatIsNotOursIsTheClient() {
        assertThat(clients.of(from("10.0.0.1", "198.51.100.1, 203.0.113.9, 10.0.0.2"))).isEqualTo("203.0.113.9");
        assertThat(clients.of(from("10.0.0.1", null))).isEqualTo("10.0.0.1");
    }

    @Test
    void anIngressWhosePodsComeAndGoIsTrustedByItsRangeAndAForgedHopIsTheClientsOwnWord() {
        ClientAddress behindIngress = new ClientAddress(List.of("10.0.0.0/8"));
        assertThat(behindIngress.of(from("10.42.7.19", "203.0.113.9, 10.42.3.4"))).isEqualTo("203.0.113.9");
        assertThat(behindIngress.of(from("10.42.7.19", "evil.example"))).isEqualTo("evil.example");
        assertThat(behindIngress.of(from("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    private static MockServerWebExchange from(String peer, String forwardedFor) {
        var request = MockServerHttpRequest.get("/api/v1/auth/login").remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return MockServerWebExchange.from(request);
    }
}
