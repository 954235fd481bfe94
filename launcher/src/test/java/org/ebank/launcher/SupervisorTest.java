package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local run's supervisor, with real child processes (sleep): what dies by itself comes back, within reason. */
class SupervisorTest {

    private final Map<String, Sleeper> children = new ConcurrentHashMap<>();
    private final List<String> restarted = new CopyOnWriteArrayList<>();
    private final Supervisor supervisor = new Supervisor(() -> children, name -> {
        restarted.add(name);
        children.put(name, Sleeper.start("30"));
    }, Clock.systemUTC(), Duration.ofHours(1));

    @AfterEach
    void stopChildren() {
        supervisor.close();
        children.values().forEach(child -> child.process().destroyForcibly());
    }

    @Test
    void aProcessThatDiesByItselfIsStartedAgainAndOneStoppedOnPurposeIsNot() throws Exception {
        children.put("transfer-service", Sleeper.start("30"));
        children.put("notification-service", Sleeper.start("30"));
        children.put("account-service", Sleeper.start("30"));

        children.get("transfer-service").process().destroyForcibly().waitFor();
        supervisor.expectDown("notification-service");
        children.get("notification-service").process().destroyForcibly().waitFor();
        supervisor.check();

        assertThat(restarted).containsExactly("transfer-service");
        assertThat(children.get("transfer-service").isAlive()).isTrue();
        assertThat(children.get("notification-service").isAlive()).as("stopped on purpose: left down").isFalse();

        supervisor.expectRunning("notification-service");
        supervisor.check();
        assertThat(restarted).containsExactly("transfer-service", "notification-service");
    }

    @Test
    void aProcessThatKeepsDyingIsLeftDownAfterThreeRestarts() throws Exception {
        children.put("kafka", Sleeper.start("0"));
        for (int round = 0; round < 6; round++) {
            children.get("kafka").process().destroyForcibly().waitFor();
            supervisor.check();
        }
        assertThat(restarted).hasSize(Supervisor.MAX_RESTARTS);
    }

    private record Sleeper(Process process) implements Supervisor.Child {

        static Sleeper start(String seconds) {
            try {
                return new Sleeper(new ProcessBuilder("sleep", seconds).start());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public String tail(int lines) {
            return "(sleep writes no log)";
        }
    }
}
