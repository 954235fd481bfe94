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

/** docker-compose.yml describes the same system as the local run. No Docker engine is needed to check it. */
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
}
