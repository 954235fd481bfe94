package org.ebank.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ebank.infra.postgres.PostgresServer;
import org.ebank.infra.postgres.RunAs;

/**
 * The whole system on one machine: a real PostgreSQL (one database per service), a real Kafka broker
 * in its own process, and the seven services as processes on fixed ports. Data lives under
 * {@code dataDir} and survives a restart.
 */
public final class LocalSystem implements AutoCloseable {

    static final List<String> SERVICE_JVM = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:MetaspaceSize=128m",
            "-Xss512k", "-Duser.timezone=UTC");

    private final Path root;
    private final Path baseDir;
    private final Ports ports;
    private final Map<String, JavaProcess> services = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Map<String, String>> extraProperties = new LinkedHashMap<>();
    private final List<String> extraJvmOptions = new ArrayList<>();
    private final Map<String, List<String>> serviceJvmOptions = new LinkedHashMap<>();
    private final Map<String, String> postgresSettings = new LinkedHashMap<>();
    private PostgresServer postgres;
    private volatile JavaProcess kafka;
    private volatile JavaProcess clearing;
    private volatile JavaProcess billers;
    private volatile Supervisor supervisor;

    public LocalSystem(Path root, Path baseDir, Ports ports) {
        this.root = root;
        this.baseDir = baseDir;
        this.ports = ports;
    }

    /** Spring properties for one service (every instance of it) beyond the local defaults, e.g. higher rate limits for a benchmark. */
    public LocalSystem with(String service, Map<String, String> properties) {
        extraProperties.put(service, properties);
        return this;
    }

    /** JVM options for every service beyond the local defaults (a later option wins), e.g. a benchmark's variant. */
    public LocalSystem withJvmOptions(List<String> options) {
        extraJvmOptions.addAll(options);
        return this;
    }

    /** JVM options for one service (every instance of it), after those for every service. */
    public LocalSystem withJvmOptions(String service, List<String> options) {
        serviceJvmOptions.computeIfAbsent(service, s -> new ArrayList<>()).addAll(options);
        return this;
    }

    /** postgresql.conf settings beyond the defaults, e.g. a benchmark's statement statistics. */
    public LocalSystem withPostgresSettings(Map<String, String> settings) {
        postgresSettings.putAll(settings);
        return this;
    }

    public Ports ports() {
        return ports;
    }

    public Path dataDir() {
        return baseDir.resolve("data");
    }

    /** Starts everything and waits until every service reports ready; on failure stops what it started. */
    public void start() {
        try {
            startAll();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() {
        checkPortsFree();
        // the infrastructure side by side, then every service at once: none needs another to start (tokens' keys and
        // the ledger are asked for on first use, not at start)
        inParallel(List.of(this::startPostgres, this::startKafka, this::startClearing, this::startBillers));
        startAndAwait(ServiceSpec.all(ports));
    }

    private static void inParallel(List<Runnable> steps) {
        try {
            CompletableFuture.allOf(steps.stream().map(CompletableFuture::runAsync).toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void checkPortsFree() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        ServiceSpec.all(ports).forEach(s -> wanted.put(s.name(), s.port()));
        wanted.put("PostgreSQL", ports.postgres());
        wanted.put("Kafka", ports.kafka());
        wanted.put("Kafka controller", ports.kafkaController());
        wanted.put("clearing simulator", ports.clearing());
        wanted.put("biller simulator", ports.billers());
        wanted.forEach((what, port) -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                throw new IllegalStateException("port " + port + " (" + what + ") is taken: is ebank already running?"
                        + " Stop it, or move all ports with EBANK_PORT_OFFSET=100");
            } catch (IOException free) {
                // nobody listens: good
            }
        });
    }

    private void startPostgres() {
        Instant started = Instant.now();
        RunAs runAs = RunAs.detect();
        Console.step("PostgreSQL on 127.0.0.1:" + ports.postgres() + " (run as " + runAs + ")");
        postgres = PostgresServer.start(dataDir().resolve("postgres"), ports.postgres(), runAs, postgresSettings);
        ServiceSpec.all(ports).stream().map(ServiceSpec::database).filter(d -> d != null).distinct()
                .forEach(postgres::createDatabase);
        Console.done("PostgreSQL ready, one database per service", Duration.between(started, Instant.now()));
    }

    private void startKafka() {
        Instant started = Instant.now();
        Console.step("Kafka broker (KRaft) on 127.0.0.1:" + ports.kafka());
        List<String> args = List.of(dataDir().resolve("kafka").toString(), Integer.toString(ports.kafka()),
                Integer.toString(ports.kafkaController()));
        kafka = JavaProcess.start("kafka", List.of("-Xmx512m", "-XX:+UseSerialGC"), JavaProcess.mainCommand(KafkaMain.class, args),
                logs().resolve("kafka.log"));
        Readiness.await("Kafka", kafka, () -> kafka.printed(KafkaMain.READY));
        Console.done("Kafka ready", Duration.between(started, Instant.now()));
    }

    /** The stand-in for the interbank clearing network: settles transfers after a few seconds, returns some. */
    private void startClearing() {
        clearing = startSimulator("clearing", "interbank clearing simulator", org.ebank.clearing.ClearingSimulator.class,
                List.of(Integer.toString(ports.clearing()), "5000"), ports.clearing(), "EBANK-CLEARING-READY");
    }

    /** The stand-in for the billers' gateway: bills to look up, payments confirmed or refused (BillerSimulator). */
    private void startBillers() {
        billers = startSimulator("billers", "biller simulator", org.ebank.biller.BillerSimulator.class,
                List.of(Integer.toString(ports.billers())), ports.billers(), "EBANK-BILLER-READY");
    }

    private JavaProcess startSimulator(String name, String what, Class<?> main, List<String> arguments, int port, String ready) {
        Instant started = Instant.now();
        Console.step(what + " on 127.0.0.1:" + port);
        JavaProcess process = JavaProcess.start(name, List.of("-Xmx64m", "-XX:+UseSerialGC"), JavaProcess.mainCommand(main, arguments),
                logs().resolve(name + ".log"));
        Readiness.await(what, process, () -> process.printed(ready));
        Console.done(what + " ready", Duration.between(started, Instant.now()));
        return process;
    }

    private void startAndAwait(List<ServiceSpec> specs) {
        Instant started = Instant.now();
        for (ServiceSpec spec : specs) {
            Console.step(spec.name() + " starting on 127.0.0.1:" + spec.port());
            startService(spec);
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (ServiceSpec spec : specs) {
            JavaProcess process = services.get(spec.name());
            ready.add(CompletableFuture.runAsync(() -> {
                Readiness.await(spec.name(), process, () -> Readiness.healthy(spec.port()));
                Console.done(spec.name() + " healthy", Duration.between(started, Instant.now()));
            }));
        }
        try {
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * From now on, a process of the run that dies by itself is reported and started again ({@link Supervisor}); the
     * local run does this, the tests (which stop services on purpose) do not.
     */
    public void supervise() {
        supervisor = new Supervisor(() -> {
            Map<String, JavaProcess> all = new LinkedHashMap<>(services);
            if (kafka != null) {
                all.put("kafka", kafka);
            }
            if (clearing != null) {
                all.put("clearing", clearing);
            }
            if (billers != null) {
                all.put("billers", billers);
            }
            return all;
        }, name -> {
            switch (name) {
                case "kafka" -> startKafka();
                case "clearing" -> startClearing();
                case "billers" -> startBillers();
                default -> startService(name);
            }
        }, Clock.systemUTC(), Duration.ofSeconds(2)).start();
    }

    /** Starts one instance of a service (again), e.g. after {@link #kill}: {@code account-service}, {@code account-service-2}… */
    public void startService(String name) {
        if (supervisor != null) {
            supervisor.expectRunning(name);
        }
        ServiceSpec spec = ServiceSpec.all(ports).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        startService(spec);
        Readiness.await(name, services.get(name), () -> Readiness.healthy(spec.port()));
    }

    private void startService(ServiceSpec spec) {
        ClassDataArchives.Launch launch = ClassDataArchives.launch(spec.jar(root), spec.service());
        List<String> command = new ArrayList<>(List.of("-jar", launch.jar().toString()));
        command.addAll(spec.arguments(ports));
        if (spec.service().equals("account-service") || spec.service().equals("transfer-service")
                || spec.service().equals("corporate-service")) {
            command.add("--ebank.card-lookup-key=file:" + LocalKeys.cardLookupKey(dataDir().resolve("keys")));
        }
        if (spec.service().equals("account-service")) {
            // kept with the data: the tokens customers hold outlive a restart of account-service, and every instance signs
            // with the same key
            command.add("--ebank.tokens.private-key=file:" + LocalKeys.tokenSigningKey(dataDir().resolve("keys")));
        }
        if (spec.service().equals("corporate-service")) {
            // seals the operators' dynamic-token secrets: kept with the data, or no operator could sign in after a restart
            command.add("--ebank.corporate.secret-key=file:" + LocalKeys.corporateSecretKey(dataDir().resolve("keys")));
        }
        if (spec.service().equals("notification-service")) {
            // its key for the SMS codes the others seal for it: kept with the data, so a restart (or another instance) can
            // still open them
            command.add("--ebank.sealing.private-key=file:" + LocalKeys.sealingKey(dataDir().resolve("keys")));
        }
        extraProperties.getOrDefault(spec.service(), Map.of()).forEach((key, value) -> command.add("--" + key + "=" + value));
        List<String> jvm = new ArrayList<>(SERVICE_JVM);
        jvm.addAll(launch.jvmOptions());
        jvm.addAll(extraJvmOptions);
        jvm.addAll(serviceJvmOptions.getOrDefault(spec.service(), List.of()));
        services.put(spec.name(), JavaProcess.start(spec.name(), jvm, command,
                logs().resolve(spec.name() + ".log")));
    }

    /** The process id of each running service instance, by name (for profilers and the like). */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach((name, process) -> pids.put(name, process.pid()));
        return pids;
    }

    /** Ends the Kafka broker at once, as a crash would; its data stays for {@link #startBroker}. */
    public void killBroker() {
        if (supervisor != null) {
            supervisor.expectDown("kafka");
        }
        kafka.kill();
    }

    /** Starts the Kafka broker again, on its data and ports, and waits until it is ready. */
    public void startBroker() {
        startKafka();
        if (supervisor != null) {
            supervisor.expectRunning("kafka");
        }
    }

    /** Stops PostgreSQL (a fast shutdown: open transactions roll back, connections end) until {@link #startDatabase}. */
    public void stopDatabase() {
        postgres.close();
    }

    /** Starts PostgreSQL again on its data and port, and waits until it takes connections. */
    public void startDatabase() {
        startPostgres();
    }

    /**
     * Stops a service instance as an operator would (what is under way finishes), starts it again and waits until it is
     * ready: e.g. with other properties, set by {@link #with} before.
     */
    public void restart(String name) {
        if (supervisor != null) {
            supervisor.expectDown(name);
        }
        services.get(name).stop(Duration.ofSeconds(20));
        startService(name);
    }

    /** Ends a service instance at once, as a crash would. */
    public void kill(String name) {
        if (supervisor != null) {
            supervisor.expectDown(name);
        }
        services.get(name).kill();
    }

    @Override
    public void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        List<JavaProcess> running = new ArrayList<>(services.values());
        Collections.reverse(running);
        // services before the broker, or the next start waits for a consumer-group rebalance
        running.parallelStream().forEach(p -> p.stop(Duration.ofSeconds(20)));
        if (clearing != null) {
            clearing.stop(Duration.ofSeconds(5));
        }
        if (billers != null) {
            billers.stop(Duration.ofSeconds(5));
        }
        if (kafka != null) {
            kafka.stop(Duration.ofSeconds(30));
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    public Path logs() {
        return baseDir.resolve("logs");
    }
}
