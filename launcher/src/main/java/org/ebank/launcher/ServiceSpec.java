package org.ebank.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the five services: where its jar is, which port it takes, and which database it owns. */
record ServiceSpec(String name, int port, String database) {

    static List<ServiceSpec> all(Ports ports) {
        return List.of(
                new ServiceSpec("account-service", ports.account(), "account"),
                new ServiceSpec("transfer-service", ports.transfer(), "transfer"),
                new ServiceSpec("wealth-service", ports.wealth(), "wealth"),
                new ServiceSpec("notification-service", ports.notification(), "notification"),
                new ServiceSpec("gateway", ports.gateway(), null));
    }

    Path jar(Path root) {
        Path target = root.resolve(name).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches(name + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + name + " jar in " + target
                            + ": build first (mvn -DskipTests install)"));
        } catch (IOException e) {
            throw new UncheckedIOException("no " + name + " build in " + target + ": build first (mvn -DskipTests install)", e);
        }
    }

    /** Spring properties pointing the service at the local infrastructure and its neighbours. */
    List<String> arguments(Ports ports) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put("server.port", Integer.toString(port));
        String accountUrl = "http://127.0.0.1:" + ports.account();
        if (database != null) {
            properties.put("spring.r2dbc.url", "r2dbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database);
            properties.put("spring.flyway.url", "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database);
            properties.put("spring.kafka.bootstrap-servers", "127.0.0.1:" + ports.kafka());
        }
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", accountUrl + "/.well-known/jwks.json");
        properties.put("ebank.services.account", accountUrl);
        properties.put("ebank.account.url", accountUrl);
        properties.put("ebank.clearing.url", ports.clearingUrl());
        properties.put("ebank.services.transfer", "http://127.0.0.1:" + ports.transfer());
        properties.put("ebank.services.wealth", "http://127.0.0.1:" + ports.wealth());
        properties.put("ebank.services.notification", "http://127.0.0.1:" + ports.notification());
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }
}
