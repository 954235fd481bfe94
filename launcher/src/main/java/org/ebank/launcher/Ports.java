package org.ebank.launcher;

import java.util.List;
import java.util.stream.IntStream;
import org.ebank.infra.FreePort;

/**
 * Where everything listens, all on 127.0.0.1: the gateway, each instance of each service (as many as {@link #replicas},
 * the first on the service's own port), the infrastructure.
 */
public record Ports(int gateway, List<Integer> accounts, List<Integer> transfers, List<Integer> wealths, List<Integer> notifications,
                   List<Integer> corporates, List<Integer> insights, List<Integer> payments, int postgres, int kafka, int kafkaController,
                   int clearing, int billers) {

    public Ports {
        accounts = List.copyOf(accounts);
        transfers = List.copyOf(transfers);
        wealths = List.copyOf(wealths);
        notifications = List.copyOf(notifications);
        corporates = List.copyOf(corporates);
        insights = List.copyOf(insights);
        payments = List.copyOf(payments);
    }

    /** The fixed ports of the local run, one instance of each service. */
    public static Ports standard() {
        return standard(1);
    }

    /**
     * The fixed ports of the local run: a service's first instance on 8081–8087, its second ten above (8091–8097), and
     * so on; the biller simulator on 8088, the clearing simulator on 8089; {@code EBANK_PORT_OFFSET} moves them all.
     */
    public static Ports standard(int replicas) {
        int offset = Integer.parseInt(System.getenv().getOrDefault("EBANK_PORT_OFFSET", "0"));
        return new Ports(8080 + offset, tenApart(8081 + offset, replicas), tenApart(8082 + offset, replicas),
                tenApart(8083 + offset, replicas), tenApart(8084 + offset, replicas), tenApart(8085 + offset, replicas),
                tenApart(8086 + offset, replicas), tenApart(8087 + offset, replicas),
                15432 + offset, 19092 + offset, 19093 + offset, 8089 + offset, 8088 + offset);
    }

    /** Ports free right now, for a system started by a test beside anything else, one instance of each service. */
    public static Ports free() {
        return free(1);
    }

    public static Ports free(int replicas) {
        return new Ports(FreePort.next(), freePorts(replicas), freePorts(replicas), freePorts(replicas), freePorts(replicas), freePorts(replicas),
                freePorts(replicas), freePorts(replicas), FreePort.next(), FreePort.next(), FreePort.next(), FreePort.next(),
                FreePort.next());
    }

    private static List<Integer> tenApart(int first, int replicas) {
        return IntStream.range(0, replicas).mapToObj(i -> first + 10 * i).toList();
    }

    private static List<Integer> freePorts(int replicas) {
        return IntStream.range(0, replicas).mapToObj(i -> FreePort.next()).toList();
    }

    /** How many instances of each service run. */
    public int replicas() {
        return accounts.size();
    }

    /** The first instance of account-service. */
    public int account() {
        return accounts.get(0);
    }

    public int transfer() {
        return transfers.get(0);
    }

    public int wealth() {
        return wealths.get(0);
    }

    public int notification() {
        return notifications.get(0);
    }

    public int corporate() {
        return corporates.get(0);
    }

    public int insight() {
        return insights.get(0);
    }

    public int payment() {
        return payments.get(0);
    }

    public String billersUrl() {
        return "http://127.0.0.1:" + billers;
    }

    public String clearingUrl() {
        return "http://127.0.0.1:" + clearing;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gateway;
    }
}
