package org.ebank.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child JVM of the local run, its output appended to a log file. */
final class JavaProcess implements Supervisor.Child {

    private final String name;
    private final Process process;
    private final Path log;
    private final long logStart;

    private JavaProcess(String name, Process process, Path log, long logStart) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    static JavaProcess start(String name, List<String> jvmOptions, List<String> mainAndArgs, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(mainAndArgs);
        try {
            Files.createDirectories(log.getParent());
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new JavaProcess(name, process, log, logStart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Asks the JVM to shut down gracefully (SIGTERM), then forces it after the grace period. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Ends the process at once (SIGKILL), as a crash would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether this run of the process (not an earlier one logging to the same file) printed the text. */
    boolean printed(String text) {
        try (var file = java.nio.channels.FileChannel.open(log)) {
            file.position(logStart);
            return new String(java.nio.channels.Channels.newInputStream(file).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The classpath this module was loaded from: a test's, or a Maven plugin's class loader's. */
    private static String classpath() {
        if (JavaProcess.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** How to run a main class of this module in a child JVM, from the launcher jar or from a test classpath. */
    static List<String> mainCommand(Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        String location = JavaProcess.class.getProtectionDomain().getCodeSource().getLocation().toString();
        if (location.contains("BOOT-INF")) {
            String jar = location.replaceFirst("^jar:nested:", "").replaceFirst("/!BOOT-INF.*$", "");
            command.addAll(List.of("-cp", jar, "-Dloader.main=" + main.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classpath(), main.getName()));
        }
        command.addAll(args);
        return command;
    }
}
