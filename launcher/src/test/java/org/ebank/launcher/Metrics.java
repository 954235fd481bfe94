package org.ebank.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads Prometheus expositions and the Grafana dashboards' queries, and lints expositions with promtool. */
final class Metrics {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "bool",
            "and", "or", "unless", "offset", "inf", "nan");

    private Metrics() {
    }

    /** The metric names an exposition carries (a histogram's _bucket, _count and _sum each count). */
    static Set<String> names(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    /** The metric names the dashboards' PromQL asks for: identifiers that are not functions, keywords or label names. */
    static Set<String> askedForByDashboards(Path directory) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                for (JsonNode panel : new ObjectMapper().readTree(file.toFile()).get("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        names.addAll(metricsIn(target.get("expr").asText()));
                    }
                }
            }
        }
        return names;
    }

    static Set<String> metricsIn(String promql) {
        String bare = promql.replaceAll("\"[^\"]*\"", "")      // label values
                .replaceAll("\\{[^}]*}", "")                      // label matchers
                .replaceAll("\\[[^]]*]", "")                      // range selectors
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");  // grouping labels
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            boolean function = bare.substring(m.end()).stripLeading().startsWith("(");
            if (!function && !PROMQL_WORDS.contains(m.group().toLowerCase())) {
                names.add(m.group());
            }
        }
        return names;
    }

    /**
     * promtool's verdict on an exposition: exit 0 clean, 3 only lint advice (Micrometer's output always has some: help
     * text, unit suffixes), 1 a real error. Null when promtool is not installed.
     */
    static Lint promtool(String exposition) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return null;
        }
        process.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Lint(process.waitFor(), output);
    }

    record Lint(int exitCode, String output) {
    }
}
