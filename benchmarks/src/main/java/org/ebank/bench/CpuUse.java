package org.ebank.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time each part of the system used while a benchmark measured, per unit of work, from Linux's {@code /proc}:
 * every service JVM, PostgreSQL (all its processes), the Kafka broker, and this JVM (the load driver). Throughput moves
 * by a fifth between runs on a shared 2-core machine; the milliseconds of CPU a unit of work costs each part move far less,
 * so a change is judged on them. Counted in USER_HZ ticks (10 ms). A process that starts while it is measured is counted
 * whole; one that ends (a PostgreSQL backend, say) is left out, and so are the simulators of the bank's partners: the
 * machine's line has them.
 */
final class CpuUse {

    private static final double MILLIS_PER_TICK = 10;
    private static final String POSTGRES = "PostgreSQL";
    private static final String KAFKA = "Kafka";
    private static final String DRIVER = "load driver (this JVM)";
    private static final String MACHINE = "machine, all processes";

    private final Map<Long, String> services;
    private final Map<Long, Long> start;
    private final long machineStart;

    private CpuUse(Map<Long, String> services) {
        this.services = services;
        this.machineStart = machineBusy();
        this.start = new LinkedHashMap<>();
        processes().forEach((pid, process) -> start.put(pid, process.ticks()));
    }

    /** A load run, and what each part of the system used per successful request in it ({@link #perUnit}). */
    static Counted counted(BenchSystem bench, String unit, Profiler.Measurement<HttpLoad.Result> load) throws Exception {
        CpuUse cpu = start(bench);
        HttpLoad.Result result = load.run();
        return new Counted(result, cpu.perUnit(unit, result.requests() - result.errors()));
    }

    record Counted(HttpLoad.Result result, String cpu) {
    }

    /** Starts counting now, for the services running now. */
    static CpuUse start(BenchSystem bench) {
        Map<Long, String> services = new LinkedHashMap<>();
        bench.system.pids().forEach((service, pid) -> services.put(pid, service));
        return new CpuUse(services);
    }

    /**
     * What was used since {@link #start}, in ms of CPU per unit, one line per part, the largest first. The machine's line
     * counts every process and the kernel: what it has beyond the parts' sum ran beside the benchmark.
     */
    String perUnit(String unit, long units) {
        if (units <= 0) {
            return "CPU per " + unit + ": none done";
        }
        long machine = machineBusy() - machineStart;
        Map<String, Long> used = new LinkedHashMap<>();
        services.values().forEach(service -> used.put(service, 0L));
        used.put(POSTGRES, 0L);
        used.put(KAFKA, 0L);
        used.put(DRIVER, 0L);
        // a process started since is counted whole; one that ended since is not counted
        processes().forEach((pid, process) -> used.merge(process.part(), process.ticks() - start.getOrDefault(pid, 0L), Long::sum));
        StringBuilder table = new StringBuilder(String.format("CPU per %s (%d in all), ms:%n", unit, units));
        double parts = 0;
        for (var part : used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList()) {
            double millis = part.getValue() * MILLIS_PER_TICK / units;
            parts += millis;
            table.append(String.format("  %-28s %7.2f%n", part.getKey(), millis));
        }
        table.append(String.format("  %-28s %7.2f%n", "all of the above", parts));
        table.append(String.format("  %-28s %7.2f", MACHINE, machine * MILLIS_PER_TICK / units));
        return table.toString();
    }

    /** The system's processes now, by pid: the services, PostgreSQL's, the broker and this JVM. */
    private Map<Long, ProcessTicks> processes() {
        Map<Long, ProcessTicks> found = new LinkedHashMap<>();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path process : all.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(process.getFileName().toString());
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String part = pid == self ? DRIVER : services.containsKey(pid) ? services.get(pid) : partOf(stat, process);
                    if (part != null) {
                        found.put(pid, new ProcessTicks(part, used(stat)));
                    }
                } catch (IOException ended) {
                    // the process ended while the list was read
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        return found;
    }

    private record ProcessTicks(String part, long ticks) {
    }

    /** PostgreSQL's processes by their name, the broker by its main class; null for the rest. */
    private static String partOf(String stat, Path process) throws IOException {
        String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (command.equals("postgres")) {
            return POSTGRES;
        }
        if (command.equals("java") && new String(Files.readAllBytes(process.resolve("cmdline"))).contains("KafkaMain")) {
            return KAFKA;
        }
        return null;
    }

    /** utime + stime: the 14th and 15th fields of /proc/[pid]/stat, counted after the command's closing parenthesis. */
    private static long used(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** All CPUs' ticks in user, nice, system, irq and softirq (the first line of /proc/stat). */
    private static long machineBusy() {
        try {
            List<Long> cpu = Stream.of(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+")).skip(1)
                    .map(Long::parseLong).toList();
            return cpu.get(0) + cpu.get(1) + cpu.get(2) + cpu.get(5) + cpu.get(6);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/stat", e);
        }
    }
}
