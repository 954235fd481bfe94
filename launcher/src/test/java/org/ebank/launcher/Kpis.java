package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/** The bank's KPIs as staff read them through the gateway: the read model must equal one rebuilt from the events. */
final class Kpis {

    private Kpis() {
    }

    /** Forgets the KPI read model, has notification-service read every event again, and expects the same figures. */
    static void assertARebuildGivesTheSame() {
        assertARebuildGivesTheSame(RunningSystem.api(), RunningSystem.staffToken());
    }

    /** The same through {@code api}, as {@code staff}. */
    static void assertARebuildGivesTheSame(Api api, String staff) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String kpis = "/api/v1/ops/kpis?granularity=MONTH&from=" + today.minusDays(60) + "&to=" + today;
        // the consumers have caught up when two reads a second apart agree
        JsonNode before = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(new Callable<JsonNode>() {
                    private JsonNode last;

                    @Override
                    public JsonNode call() {
                        JsonNode previous = last;
                        last = api.get(kpis, staff).body();
                        return previous != null && previous.equals(last) ? last : null;
                    }
                }, report -> report != null);

        Api.Reply rebuild = api.post("/api/v1/ops/kpis/rebuild", staff, null);
        assertThat(rebuild.status()).as(rebuild.text()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(api.get(kpis, staff).body()).isEqualTo(before));
    }
}
