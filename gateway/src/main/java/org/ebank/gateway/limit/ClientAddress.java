package org.ebank.gateway.limit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is calling, for limits per address. The peer's address, unless the peer is one of our own load balancers
 * ({@code ebank.rate-limits.trusted-proxies}: addresses, or ranges such as {@code 10.0.0.0/8} where an ingress's pods
 * come and go): then the nearest address in {@code X-Forwarded-For} that is not ours. A client cannot forge its way
 * around the limit: headers from an untrusted peer are ignored.
 */
final class ClientAddress {

    private final List<Range> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(Range::of).toList();
    }

    /** Whether {@code address} is one of ours; whatever is not an IP address (a forged header, say) is not. */
    private boolean trusted(String address) {
        byte[] bytes = Range.bytes(address);
        return bytes != null && trustedProxies.stream().anyMatch(range -> range.contains(bytes));
    }

    /** An address ({@code 10.0.0.1}) or a range of them ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    private record Range(byte[] network, int prefix) {

        static Range of(String text) {
            String[] parts = text.trim().split("/", 2);
            byte[] network = bytes(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("not an IP address or range: " + text);
            }
            return new Range(network, parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8);
        }

        /** The address's bytes; null for anything but an IPv4 or IPv6 literal (a host name is never looked up). */
        static byte[] bytes(String address) {
            if (!address.matches("[0-9a-fA-F:.]+") || !(address.contains(".") || address.contains(":"))) {
                return null;
            }
            try {
                return InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException notAnAddress) {
                return null;
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    String of(ServerWebExchange exchange) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        String address = peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
        if (address.equals("unknown") || !trusted(address)) {
            return address;
        }
        List<String> forwarded = exchange.getRequest().getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).trim();
            if (!hop.isEmpty() && !trusted(hop)) {
                return hop;
            }
        }
        return address;
    }
}
