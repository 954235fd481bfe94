package org.ebank.clearing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the interbank clearing network, for the local run and the tests. It accepts a transfer
 * ({@code POST /clearing/transfers}) and, after {@code delay}, answers {@code GET /clearing/transfers/{id}}
 * with SETTLED — or RETURNED when the payee's name contains 退回 or the account number ends in 0000, the
 * way another bank sends back a transfer to a closed or wrong account. Submitting the same id again is harmless.
 */
public final class ClearingSimulator implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Duration delay;
    private final Map<String, Submission> submissions = new ConcurrentHashMap<>();

    private ClearingSimulator(HttpServer server, Duration delay) {
        this.server = server;
        this.delay = delay;
    }

    public static ClearingSimulator start(int port, Duration delay) throws IOException {
        return start(InetAddress.getLoopbackAddress(), port, delay);
    }

    /** On {@code address}: a container's, to be reached from the others. */
    public static ClearingSimulator start(InetAddress address, int port, Duration delay) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 50);
        ClearingSimulator simulator = new ClearingSimulator(server, delay);
        server.createContext("/clearing/transfers", simulator::handle);
        server.createContext("/health", exchange -> simulator.reply(exchange, 200, Map.of("status", "UP")));
        server.start();
        return simulator;
    }

    /** {@code [port [delay-ms [bind-address]]]}: 8089, 5000 and 127.0.0.1 by default. */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "8089");
        Duration delay = Duration.ofMillis(Long.parseLong(args.length > 1 ? args[1] : "5000"));
        InetAddress address = InetAddress.getByName(args.length > 2 ? args[2] : "127.0.0.1");
        start(address, port, delay);
        System.out.println("EBANK-CLEARING-READY on " + address.getHostAddress() + ":" + port);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("POST".equals(exchange.getRequestMethod()) && path.equals("/clearing/transfers")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String id = body.path("transferId").asText();
            if (id.isEmpty()) {
                reply(exchange, 400, Map.of("error", "transferId required"));
                return;
            }
            submissions.putIfAbsent(id, new Submission(Instant.now(), returned(body)));
            reply(exchange, 202, Map.of("transferId", id, "status", "PENDING"));
        } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/clearing/transfers/")) {
            String id = path.substring("/clearing/transfers/".length());
            Submission submission = submissions.get(id);
            if (submission == null) {
                reply(exchange, 404, Map.of("transferId", id, "status", "UNKNOWN"));
                return;
            }
            String status = Instant.now().isBefore(submission.at().plus(delay)) ? "PENDING"
                    : submission.returned() ? "RETURNED" : "SETTLED";
            reply(exchange, 200, submission.returned() && status.equals("RETURNED")
                    ? Map.of("transferId", id, "status", status, "reason", "收款账户不存在或已销户 payee account closed")
                    : Map.of("transferId", id, "status", status));
        } else {
            reply(exchange, 404, Map.of("error", "not found"));
        }
    }

    private static boolean returned(JsonNode body) {
        return body.path("toName").asText().contains("退回") || body.path("toAccountNumber").asText().endsWith("0000");
    }

    private void reply(HttpExchange exchange, int status, Map<String, String> body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private record Submission(Instant at, boolean returned) {
    }
}
