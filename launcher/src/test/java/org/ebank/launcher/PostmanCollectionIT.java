package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request collection for people who click rather than type (docs/postman): every request in it is an operation of
 * the API document, and the whole collection runs green with newman against the system, right after the README's
 * walkthroughs.
 */
@ExtendWith(RunningSystem.class)
@Order(2)
class PostmanCollectionIT {

    private static final Path COLLECTION = Path.of("../docs/postman/ebank.postman_collection.json");

    @Test
    void everyRequestInTheCollectionIsAnOperationOfTheApiDocument() throws IOException {
        ApiContract contract = new ApiContract(RunningSystem.api().get("/v3/api-docs", null).body());
        List<String> requests = new ArrayList<>();
        collect(ApiContract.parse(Files.readString(COLLECTION, StandardCharsets.UTF_8)).path("item"), requests);
        assertThat(requests).hasSizeGreaterThan(20);
        List<String> undocumented = requests.stream().filter(request -> {
            String[] methodAndPath = request.split(" ", 2);
            return contract.operationOf(new Exchanges.Exchange(methodAndPath[0], methodAndPath[1], 0, "", "")).isEmpty();
        }).toList();
        assertThat(undocumented).as("requests the API document does not have").isEmpty();
    }

    @Test
    void theCollectionRunsGreenAgainstTheSystem() throws Exception {
        Process newman;
        try {
            newman = new ProcessBuilder("newman", "run", COLLECTION.toString(), "--env-var",
                    "gateway=" + RunningSystem.current().system().ports().gatewayUrl(), "--bail", "--disable-unicode", "--color", "off")
                    .redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            System.err.println("SKIPPED: newman is not installed (npm install -g newman); the request collection was not run");
            return;
        }
        String output = new String(newman.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(newman.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(newman.exitValue()).as(output).isZero();
    }

    private static void collect(JsonNode items, List<String> into) {
        for (JsonNode item : items) {
            if (item.has("item")) {
                collect(item.get("item"), into);
            } else {
                String raw = item.at("/request/url/raw").asText().replace("{{gateway}}", "");
                into.add(item.at("/request/method").asText() + " " + raw);
            }
        }
    }
}
