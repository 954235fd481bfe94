package org.ebank.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of one of the eight services: its name (the service's, then {@code -2}, {@code -3} for the instances
 * after the first), which service it is, which port it takes, and which database its service owns.
 */
record ServiceSpec(String name, String service, int port, String database) {

    static final List<String> SERVICES = List.of("account-service", "transfer-service", "wealth-service", "notification-service",
            "corporate-service", "insight-service", "payment-service");

    static List<ServiceSpec> all(Ports ports) {
        List<ServiceSpec> all = new ArrayList<>();
        instances(all, "account-service", ports.accounts(), "account");
        instances(all, "transfer-service", ports.transfers(), "transfer");
        instances(all, "wealth-service", ports.wealths(), "wealth");
        instances(all, "notification-service", ports.notifications(), "notification");
        instances(all, "corporate-service", ports.corporates(), "corporate");
        instances(all, "insight-service", ports.insights(), "insight");
        instances(all, "payment-service", ports.payments(), "payment");
        all.add(new ServiceSpec("gateway", "gateway", ports.gateway(), null));
        return all;
    }

    private static void instances(List<ServiceSpec> all, String service, List<Integer> ports, String database) {
        for (int i = 0; i < ports.size(); i++) {
            all.add(new ServiceSpec(i == 0 ? service : service + "-" + (i + 1), service, ports.get(i), database));
        }
    }

    private static List<Integer> portsOf(String service, Ports ports) {
        return switch (service) {
            case "account-service" -> ports.accounts();
            case "transfer-service" -> ports.transfers();
            case "wealth-service" -> ports.wealths();
            case "notification-service" -> ports.notifications();
            case "corporate-service" -> ports.corporates();
            case "insight-service" -> ports.insights();
            case "payment-service" -> ports.payments();
            default -> throw new IllegalArgumentException(service);
        };
    }

    Path jar(Path root) {
        return jar(root, service);
    }

    /** The service's jar as built: {@code <service>/target/<service>-<version>-exec.jar}. */
    static Path jar(Path root, String service) {
        Path target = root.resolve(service).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches(service + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + service + " jar in " + target
                            + ": build first (mvn -DskipTests install)"));
        } catch (IOException e) {
            throw new UncheckedIOException("no " + service + " build in " + target + ": build first (mvn -DskipTests install)", e);
        }
    }

    /**
     * Spring properties pointing the instance at the local infrastructure and its neighbours: with one instance of each
     * service, at their ports; with more, at {@code lb://<service>}, which Spring Cloud LoadBalancer spreads over the
     * instances listed here, skipping those whose readiness probe fails.
     */
    List<String> arguments(Ports ports) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", Integer.toString(port));
        if (database != null) {
            properties.put("spring.r2dbc.url", "r2dbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database);
            properties.put("spring.flyway.url", "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database);
            properties.put("spring.kafka.bootstrap-servers", "127.0.0.1:" + ports.kafka());
        }
        Map<String, String> url = new LinkedHashMap<>();
        for (String neighbour : SERVICES) {
            List<Integer> instances = portsOf(neighbour, ports);
            url.put(neighbour, instances.size() == 1 ? "http://127.0.0.1:" + instances.get(0) : "lb://" + neighbour);
            for (int i = 0; i < instances.size() && instances.size() > 1; i++) {
                properties.put("spring.cloud.discovery.client.simple.instances." + neighbour + "[" + i + "].uri",
                        "http://127.0.0.1:" + instances.get(i));
            }
        }
        if (ports.replicas() > 1) {
            properties.put("spring.cloud.loadbalancer.configurations", "health-check");
            properties.put("spring.cloud.loadbalancer.health-check.path.default", "/actuator/health/readiness");
            properties.put("spring.cloud.loadbalancer.health-check.interval", "2s");
        }
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", url.get("account-service") + "/.well-known/jwks.json");
        properties.put("ebank.services.account", url.get("account-service"));
        properties.put("ebank.account.url", url.get("account-service"));
        properties.put("ebank.clearing.url", ports.clearingUrl());
        properties.put("ebank.billers.url", ports.billersUrl());
        properties.put("ebank.services.transfer", url.get("transfer-service"));
        properties.put("ebank.services.wealth", url.get("wealth-service"));
        properties.put("ebank.services.notification", url.get("notification-service"));
        properties.put("ebank.services.corporate", url.get("corporate-service"));
        properties.put("ebank.services.insight", url.get("insight-service"));
        properties.put("ebank.services.payment", url.get("payment-service"));
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }
}
