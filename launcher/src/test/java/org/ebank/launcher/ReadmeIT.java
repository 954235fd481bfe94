package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's walkthroughs, run as a reader would paste them: every {@code ```bash} block, in order, in one shell, on
 * the freshly started system (this class runs first), with the local run's addresses replaced by this system's. A
 * command that fails (curl -f on an error status, jq -e on a false claim) fails the test, so the README cannot drift
 * from what the system does.
 */
@ExtendWith(RunningSystem.class)
@Order(1)
class ReadmeIT {

    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesWalkthroughsRunAsWritten() throws Exception {
        for (String tool : new String[] {"curl", "jq", "uuidgen"}) {
            if (new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() != 0) {
                System.err.println("SKIPPED: " + tool + " is not installed; the README's walkthroughs were not run");
                return;
            }
        }
        LocalSystem system = RunningSystem.current().system();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        StringBuilder script = new StringBuilder("set -euxo pipefail\n");
        Matcher block = BASH_BLOCK.matcher(readme);
        int blocks = 0;
        while (block.find()) {
            script.append(block.group(1)).append('\n');
            blocks++;
        }
        assertThat(blocks).as("the README's walkthroughs").isGreaterThanOrEqualTo(8);
        // ./ebank token-code runs from the launcher jar, which the build makes after these tests: here, from their classpath
        String tokenCode = "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' " + JavaProcess.mainCommand(Ebank.class, List.of("token-code")).stream().map(part -> "'" + part + "'")
                .collect(java.util.stream.Collectors.joining(" "));
        String local = script.toString()
                .replace("http://127.0.0.1:8080", system.ports().gatewayUrl())
                .replace("http://127.0.0.1:8084", "http://127.0.0.1:" + system.ports().notification())
                .replace("http://127.0.0.1:8086", "http://127.0.0.1:" + system.ports().insight())
                .replace("./ebank token-code", tokenCode);

        Process bash = new ProcessBuilder("bash", "-c", local).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).as("the transfer went through, and the KPIs are exposed")
                .contains("\"status\":\"COMPLETED\"").contains("ebank_kpi_");
    }
}
