package org.ebank.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * CPU profiles of every service JVM while a benchmark measures, with async-profiler (attached through
 * {@code jcmd}, so the services run unchanged until asked). Switched on with {@code -Dprofile=<dir>}: each
 * service leaves {@code <label>-<service>.html} (a flame graph) and {@code .collapsed} (its stacks, one per
 * line, for counting) there.
 */
final class Profiler {

    private final Path library;
    private final Path directory;
    private final Map<String, Long> pids;

    private Profiler(Path library, Path directory, Map<String, Long> pids) {
        this.library = library;
        this.directory = directory;
        this.pids = pids;
    }

    /** A profiler when {@code -Dprofile} names a directory, else null. */
    static Profiler fromSystemProperty(BenchSystem bench) throws IOException {
        String dir = System.getProperty("profile");
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path directory = Files.createDirectories(Path.of(dir).toAbsolutePath());
        Path library = Files.createTempFile("libasyncProfiler", ".so");
        try (InputStream in = Profiler.class.getResourceAsStream("/linux-x64/libasyncProfiler.so")) {
            if (in == null) {
                throw new IllegalStateException("async-profiler's linux-x64 library is not on the classpath");
            }
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        library.toFile().deleteOnExit();
        return new Profiler(library, directory, bench.system.pids());
    }

    /** The measurement, profiled when there is a profiler ({@code -Dprofile}), else as it is. */
    static <T> T measured(Profiler profiler, String label, Measurement<T> measurement) throws Exception {
        return profiler == null ? measurement.run() : profiler.profile(label, measurement);
    }

    /** Runs the measurement with every service JVM sampled on CPU (1 ms of CPU per sample). */
    <T> T profile(String label, Measurement<T> measurement) throws Exception {
        pids.values().forEach(pid -> agent(pid, "start,event=itimer,interval=1ms"));
        try {
            return measurement.run();
        } finally {
            pids.forEach((service, pid) -> {
                agent(pid, "dump,file=" + directory.resolve(label + "-" + service + ".html"));
                agent(pid, "stop,collapsed,file=" + directory.resolve(label + "-" + service + ".collapsed"));
            });
        }
    }

    private void agent(long pid, String command) {
        try {
            // jcmd splits unquoted key=value arguments: the quotes keep the profiler's options whole
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "JVMTI.agent_load", library.toString(), "\"" + command + "\"")
                    .redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes());
            if (!jcmd.waitFor(30, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                System.err.println("async-profiler " + command + " on " + pid + ": " + output);
            }
        } catch (IOException e) {
            System.err.println("async-profiler " + command + " on " + pid + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    interface Measurement<T> {
        T run() throws Exception;
    }
}
