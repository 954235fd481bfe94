package org.ebank.launcher;

import org.ebank.infra.FreePort;

/** Where everything listens, all on 127.0.0.1. */
public record Ports(int gateway, int account, int transfer, int wealth, int notification,
                   int postgres, int kafka, int kafkaController, int clearing) {

    /** The fixed ports of the local run; {@code EBANK_PORT_OFFSET} moves them all. */
    public static Ports standard() {
        int offset = Integer.parseInt(System.getenv().getOrDefault("EBANK_PORT_OFFSET", "0"));
        return new Ports(8080 + offset, 8081 + offset, 8082 + offset, 8083 + offset, 8084 + offset,
                15432 + offset, 19092 + offset, 19093 + offset, 8089 + offset);
    }

    /** Ports free right now, for a system started by a test beside anything else. */
    public static Ports free() {
        return new Ports(FreePort.next(), FreePort.next(), FreePort.next(), FreePort.next(), FreePort.next(),
                FreePort.next(), FreePort.next(), FreePort.next(), FreePort.next());
    }

    public String clearingUrl() {
        return "http://127.0.0.1:" + clearing;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gateway;
    }
}
