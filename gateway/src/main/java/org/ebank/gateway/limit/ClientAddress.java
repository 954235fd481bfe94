package org.ebank.gateway.limit;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is calling, for limits per address. The peer's address, unless the peer is one of our own load balancers
 * ({@code ebank.rate-limits.trusted-proxies}): then the nearest address in {@code X-Forwarded-For} that is not ours.
 * A client cannot forge its way around the limit: headers from an untrusted peer are ignored.
 */
final class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    String of(ServerWebExchange exchange) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        String address = peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
        if (!trustedProxies.contains(address)) {
            return address;
        }
        List<String> forwarded = exchange.getRequest().getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return address;
    }
}
