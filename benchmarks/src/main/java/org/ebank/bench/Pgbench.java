package org.ebank.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a custom pgbench script against one database: the floor a service's throughput is compared with. */
final class Pgbench {

    private Pgbench() {
    }

    /** pgbench's tps, and its tps, average latency and failure lines joined (its whole output if those are missing). */
    static Result run(int port, String database, String script, int clients, int seconds) throws Exception {
        Path file = Files.createTempFile(database, ".sql");
        try {
            Files.writeString(file, script);
            Process process = new ProcessBuilder("pgbench", "-n", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres",
                    "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-f", file.toString(), database)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            process.waitFor(seconds + 60L, TimeUnit.SECONDS);
            String summary = output.lines().filter(line -> line.startsWith("tps") || line.startsWith("latency average")
                    || line.startsWith("number of failed")).reduce((a, b) -> a + "; " + b).orElse(output);
            double tps = output.lines().filter(line -> line.startsWith("tps = ")).findFirst()
                    .map(line -> Double.parseDouble(line.substring(6).split(" ")[0])).orElse(Double.NaN);
            return new Result(tps, summary);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    record Result(double tps, String summary) {

        @Override
        public String toString() {
            return summary;
        }
    }
}
