package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml describes the same system as the local run: the same parts, each started once what it needs is
 * healthy, on the same ports, with the demo data. No Docker engine is needed to check it.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        boolean installed = new ProcessBuilder("sh", "-c", "command -v docker-compose").start().waitFor() == 0;
        if (!installed) {
            System.err.println("SKIPPED: docker-compose is not installed, so docker-compose.yml was NOT validated"
                    + " (.ci/run installs it: apt-get install docker-compose)");
        }
        assumeTrue(installed, "docker-compose is not installed: docker-compose.yml was not validated");
        Process check = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "-q")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes())).isZero();
    }

    @Test
    void everyServiceRunsOnComposeAndPrometheusScrapesItOnItsPort() throws Exception {
        JsonNode compose = yaml.readTree(ROOT.resolve("docker-compose.yml").toFile());
        JsonNode prometheus = yaml.readTree(ROOT.resolve("deploy/prometheus/prometheus.yml").toFile());
        List<String> targets = new ArrayList<>();
        prometheus.at("/scrape_configs/0/static_configs/0/targets").forEach(t -> targets.add(t.asText()));

        for (ServiceSpec spec : ServiceSpec.all(Ports.standard())) {
            assertThat(compose.at("/services/" + spec.name()).isMissingNode()).as(spec.name() + " in compose").isFalse();
            assertThat(targets).contains(spec.name() + ":" + spec.port());
            if (spec.database() != null) {
                assertThat(Files.readString(ROOT.resolve("deploy/postgres/init.sql"))).contains("create database " + spec.database());
            }
        }
        assertThat(compose.at("/services/kafka").isMissingNode()).isFalse();
        assertThat(compose.at("/services/grafana").isMissingNode()).isFalse();
    }

    /** As docker-compose itself reads the file, its anchors and merges resolved. */
    @Test
    void eachPartStartsWhenWhatItNeedsIsHealthyAndTheImagesAreBuiltForTheirPorts() throws Exception {
        boolean installed = new ProcessBuilder("sh", "-c", "command -v docker-compose").start().waitFor() == 0;
        if (!installed) {
            System.err.println("SKIPPED: docker-compose is not installed, so the resolved docker-compose.yml was NOT checked");
        }
        assumeTrue(installed, "docker-compose is not installed");
        Process config = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config").directory(ROOT.toFile()).start();
        JsonNode services = yaml.readTree(config.getInputStream()).get("services");
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(config.exitValue()).as("docker-compose config").isZero();

        for (ServiceSpec spec : ServiceSpec.all(Ports.standard())) {
            JsonNode service = services.get(spec.name());
            assertThat(service.at("/build/args/MODULE").asText()).isEqualTo(spec.service());
            assertThat(service.at("/build/args/PORT").asText()).as(spec.name() + "'s image exposes its port").isEqualTo(
                    Integer.toString(spec.port()));
            assertThat(service.path("depends_on").size()).as(spec.name() + " waits for what it needs").isPositive();
            service.path("depends_on").forEach(needed -> assertThat(needed.path("condition").asText())
                    .as(spec.name() + " starts once what it needs is healthy (or done), not merely started")
                    .isIn("service_healthy", "service_completed_successfully"));
        }
        assertThat(services.at("/transfer-service/depends_on/clearing/condition").asText()).isEqualTo("service_healthy");
        // the keys, as the local run keeps them with its data: made once, mounted by every service, kept across restarts
        assertThat(services.at("/keys/command").toString()).contains("keys").contains("/keys");
        for (String service : List.of("account-service", "transfer-service", "wealth-service", "notification-service", "corporate-service",
                "insight-service")) {
            assertThat(services.at("/" + service + "/depends_on/keys/condition").asText()).isEqualTo("service_completed_successfully");
            assertThat(services.at("/" + service + "/volumes").toString()).contains("keys:/keys:ro");
        }
        assertThat(services.at("/account-service/environment/EBANK_TOKENS_PRIVATE_KEY").asText()).isEqualTo("file:/keys/token-signing-key.pem");
        assertThat(services.at("/notification-service/environment/EBANK_SEALING_PRIVATE_KEY").asText()).isEqualTo("file:/keys/sealing-key.pem");
        assertThat(services.at("/transfer-service/environment/EBANK_CARD_LOOKUP_KEY").asText()).isEqualTo("file:/keys/card-lookup-key");
        assertThat(services.at("/clearing/healthcheck/test").toString()).contains("/health");
        assertThat(services.at("/demo-data/command").toString()).contains("seed").contains("http://gateway:8080");
        for (String healthChecked : List.of("postgres", "kafka", "redis", "clearing")) {
            assertThat(services.at("/" + healthChecked + "/healthcheck").isMissingNode()).as(healthChecked + " has a health check").isFalse();
        }
        JsonNode kafka = services.get("kafka");
        assertThat(kafka.at("/environment/CLUSTER_ID").asText()).as("a fixed cluster id").matches("[A-Za-z0-9_-]{22}");
        String logs = kafka.at("/environment/KAFKA_LOG_DIRS").asText();
        assertThat(logs).isNotBlank();
        assertThat(kafka.get("volumes").toString()).as("the broker's data on its volume").contains("kafka-data:" + logs);

        String dockerfile = Files.readString(ROOT.resolve("deploy/Dockerfile"));
        assertThat(dockerfile).contains("EXPOSE ${PORT}").contains("HEALTHCHECK").contains("/actuator/health/readiness");
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).as("only the jars go to the image build").contains("*", "!*/target/*-exec.jar");
        assertThat(Files.readString(ROOT.resolve("platform/src/main/resources/ebank-platform-defaults.properties")))
                .as("every metric names its application: the health dashboard groups by it")
                .contains("management.metrics.tags.application=${spring.application.name}");
    }
}
