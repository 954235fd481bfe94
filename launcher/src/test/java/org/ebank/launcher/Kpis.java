package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** The bank's KPIs as staff read them through the gateway: the read model must equal one rebuilt from the events. */
final class Kpis {

    private Kpis() {
    }

    /** Forgets the KPI read model, has insight-service read every event again, and expects the same figures. */
    static void assertARebuildGivesTheSame() {
        assertARebuildGivesTheSame(RunningSystem.api(), RunningSystem.staffToken());
    }

    /** The same through {@code api}, as {@code staff}. */
    static void assertARebuildGivesTheSame(Api api, String staff) {
        assertARebuildGivesTheSame(api, staff, List.of());
    }

    /**
     * The same through {@code api}, as {@code staff}, and the same for each of {@code alsoRead}: a path and the token that
     * reads it (a branch's KPIs, an account manager's incentives).
     */
    static void assertARebuildGivesTheSame(Api api, String staff, List<Map.Entry<String, String>> alsoRead) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Map.Entry<String, String>> reads = new ArrayList<>();
        reads.add(Map.entry("/api/v1/ops/kpis?granularity=MONTH&from=" + today.minusDays(60) + "&to=" + today, staff));
        reads.addAll(alsoRead);
        Callable<List<JsonNode>> readAll = () -> reads.stream().map(read -> {
            Api.Reply reply = api.get(read.getKey(), read.getValue());
            assertThat(reply.status()).as(read.getKey() + ": " + reply.text()).isEqualTo(200);
            return reply.body();
        }).toList();
        // the consumers have caught up when two reads a second apart agree
        List<JsonNode> before = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(new Callable<List<JsonNode>>() {
                    private List<JsonNode> last;

                    @Override
                    public List<JsonNode> call() throws Exception {
                        List<JsonNode> previous = last;
                        last = readAll.call();
                        return previous != null && previous.equals(last) ? last : null;
                    }
                }, report -> report != null);

        Api.Reply rebuild = api.post("/api/v1/ops/kpis/rebuild", staff, null);
        assertThat(rebuild.status()).as(rebuild.text()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(readAll.call()).isEqualTo(before));
    }
}
