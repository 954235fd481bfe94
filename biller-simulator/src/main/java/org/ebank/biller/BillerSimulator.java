package org.ebank.biller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the billers (缴费单位) the bank collects for, for the local run and the tests, speaking the contract
 * payment-service's biller adapter speaks to the real ones' gateway:
 * <ul>
 *   <li>{@code GET /billers/{biller}/bills/{customerNumber}}: this month's bill (holder's name masked, the amount due,
 *   UNPAID or PAID), or 404 for a customer number the biller does not know (one ending in 0000);</li>
 *   <li>{@code POST /billers/{biller}/payments} {@code {paymentId, customerNumber, amount}}: CONFIRMED, or REFUSED with the
 *   biller's reason (the amount is not the bill's, the bill is paid, the customer number is suspended: one ending in 4444);
 *   the same payment id again gets the same answer. For a customer number ending in 7777 the answer comes after
 *   {@code slowAnswer} (longer than the bank waits): the payment is confirmed, the bank learns it by asking;</li>
 *   <li>{@code GET /billers/payments/{paymentId}}: what became of a payment, or 404 if it never arrived.</li>
 * </ul>
 * A bill's amount is made from the biller and the customer number (the same every time in a month).
 */
public final class BillerSimulator implements AutoCloseable {

    /** The billers it answers for: the bank's catalogue (payment-service) names the same codes. */
    public static final Set<String> BILLERS = Set.of("GZ-WATER", "GZ-POWER", "GZ-GAS", "GD-MOBILE");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Pattern BILL = Pattern.compile("/billers/([A-Z-]+)/bills/(\\d{6,20})");
    private static final Pattern PAY = Pattern.compile("/billers/([A-Z-]+)/payments");
    private static final Pattern PAYMENT = Pattern.compile("/billers/payments/([^/]{1,100})");

    private final HttpServer server;
    private final Duration slowAnswer;
    /** Each payment's answer, by payment id. */
    private final Map<String, Map<String, String>> payments = new ConcurrentHashMap<>();
    /** The payment that paid each bill (biller, customer number, month). */
    private final Map<String, String> paidBills = new ConcurrentHashMap<>();

    private BillerSimulator(HttpServer server, Duration slowAnswer) {
        this.server = server;
        this.slowAnswer = slowAnswer;
    }

    public static BillerSimulator start(int port, Duration slowAnswer) throws IOException {
        return start(InetAddress.getLoopbackAddress(), port, slowAnswer);
    }

    /** On {@code address}: a container's, to be reached from the others. */
    public static BillerSimulator start(InetAddress address, int port, Duration slowAnswer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 50);
        server.setExecutor(Executors.newFixedThreadPool(4)); // a slow answer holds one thread, not the others
        BillerSimulator simulator = new BillerSimulator(server, slowAnswer);
        server.createContext("/billers/", simulator::handle);
        server.createContext("/health", exchange -> reply(exchange, 200, Map.of("status", "UP")));
        server.start();
        return simulator;
    }

    /** {@code [port [slow-answer-ms [bind-address]]]}: 8088, 8000 and 127.0.0.1 by default. */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "8088");
        Duration slow = Duration.ofMillis(Long.parseLong(args.length > 1 ? args[1] : "8000"));
        InetAddress address = InetAddress.getByName(args.length > 2 ? args[2] : "127.0.0.1");
        start(address, port, slow);
        System.out.println("EBANK-BILLER-READY on " + address.getHostAddress() + ":" + port);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The amount due on a bill this month before it is paid: 20.00 to 399.99, made from the biller and the number. */
    public static BigDecimal amountDue(String biller, String customerNumber) {
        int fen = 2_000 + Math.floorMod((biller + ":" + customerNumber + ":" + YearMonth.now(SHANGHAI)).hashCode(), 38_000);
        return BigDecimal.valueOf(fen, 2);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Matcher bill = BILL.matcher(path);
        Matcher pay = PAY.matcher(path);
        Matcher payment = PAYMENT.matcher(path);
        if ("GET".equals(method) && payment.matches()) {
            Map<String, String> answer = payments.get(payment.group(1));
            reply(exchange, answer == null ? 404 : 200, answer == null ? Map.of("status", "UNKNOWN") : answer);
        } else if ("GET".equals(method) && bill.matches() && BILLERS.contains(bill.group(1))) {
            String customerNumber = bill.group(2);
            if (customerNumber.endsWith("0000")) {
                reply(exchange, 404, Map.of("error", "unknown customer number"));
                return;
            }
            boolean paid = paidBills.containsKey(billKey(bill.group(1), customerNumber));
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put("billerCode", bill.group(1));
            answer.put("customerNumber", customerNumber);
            answer.put("holderName", "张*" + "明华丽强静"
                    .charAt(Math.floorMod(customerNumber.hashCode(), 5)));
            answer.put("period", YearMonth.now(SHANGHAI).toString());
            answer.put("amountDue", paid ? "0.00" : amountDue(bill.group(1), customerNumber).toPlainString());
            answer.put("status", paid ? "PAID" : "UNPAID");
            reply(exchange, 200, answer);
        } else if ("POST".equals(method) && pay.matches() && BILLERS.contains(pay.group(1))) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String id = body.path("paymentId").asText();
            String customerNumber = body.path("customerNumber").asText();
            if (id.isEmpty() || customerNumber.isEmpty() || !body.path("amount").isTextual()) {
                reply(exchange, 400, Map.of("error", "paymentId, customerNumber and amount (a string) are required"));
                return;
            }
            Map<String, String> answer = payments.computeIfAbsent(id, paymentId -> decide(pay.group(1), customerNumber,
                    new BigDecimal(body.path("amount").asText()), paymentId));
            if (customerNumber.endsWith("7777")) {
                pause(slowAnswer);
            }
            reply(exchange, 200, answer);
        } else {
            reply(exchange, 404, Map.of("error", "not found"));
        }
    }

    private Map<String, String> decide(String biller, String customerNumber, BigDecimal amount, String paymentId) {
        if (customerNumber.endsWith("0000")) {
            return refused(paymentId, "户号不存在 unknown customer number");
        }
        if (customerNumber.endsWith("4444")) {
            return refused(paymentId, "户号已停用，缴费单位拒绝收款 the customer number is suspended");
        }
        if (amount.compareTo(amountDue(biller, customerNumber)) != 0) {
            return refused(paymentId, "金额与账单不符 the amount is not the bill's");
        }
        if (paidBills.putIfAbsent(billKey(biller, customerNumber), paymentId) != null) {
            return refused(paymentId, "账单已缴清 the bill is paid");
        }
        return Map.of("paymentId", paymentId, "status", "CONFIRMED");
    }

    private static Map<String, String> refused(String paymentId, String reason) {
        return Map.of("paymentId", paymentId, "status", "REFUSED", "reason", reason);
    }

    private static String billKey(String biller, String customerNumber) {
        return biller + ":" + customerNumber + ":" + YearMonth.now(SHANGHAI);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, Map<String, String> body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
