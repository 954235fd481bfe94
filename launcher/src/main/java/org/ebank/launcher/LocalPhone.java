package org.ebank.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local run's SMS phone: the codes a number received, read as staff from notification-service's local inbox
 * ({@code GET /api/v1/ops/dev/sms}, local run only), and an enrolment done as a customer would, with the code the phone
 * received. For the demo data, the system tests and the benchmarks. With several instances of notification-service
 * each keeps the SMS it sent: the phone reads them all.
 */
public final class LocalPhone {

    private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> notifications;
    private final String staffToken;
    /** What each inbox held at the last read, by number: a new code is the newest of the inbox that grew since. */
    private final Map<String, List<List<String>>> lastRead = new ConcurrentHashMap<>();

    /** {@code notification}: the gateway, or notification-service itself. */
    public LocalPhone(String notification, String staffToken) {
        this(List.of(notification), staffToken);
    }

    /** {@code notifications}: every instance of notification-service. */
    public LocalPhone(List<String> notifications, String staffToken) {
        this.notifications = List.copyOf(notifications);
        this.staffToken = staffToken;
    }

    /** The phone of a local run: every instance of its notification-service. */
    public static LocalPhone of(Ports ports, String staffToken) {
        return new LocalPhone(ports.notifications().stream().map(port -> "http://127.0.0.1:" + port).toList(), staffToken);
    }

    /** The codes the number received, newest first (with several inboxes, each inbox's newest first). */
    public List<String> codes(String phone) {
        List<List<String>> read = inboxes(phone);
        lastRead.put(phone, read);
        return read.stream().flatMap(List::stream).toList();
    }

    /** What each instance's inbox holds for the number. */
    private List<List<String>> inboxes(String phone) {
        List<List<String>> read = new ArrayList<>();
        for (String inbox : notifications) {
            Matcher found = CODE.matcher(send(HttpRequest.newBuilder(URI.create(inbox + "/api/v1/ops/dev/sms?phone=" + phone))
                    .header("Authorization", "Bearer " + staffToken).GET()).body());
            List<String> codes = new ArrayList<>();
            while (found.find()) {
                codes.add(found.group(1));
            }
            read.add(codes);
        }
        return read;
    }

    /** The newest code, once the number has received more than {@code seen} (waits up to 30 s). */
    public String codeAfter(String phone, int seen) {
        List<List<String>> before = lastRead.getOrDefault(phone, List.of());
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            List<List<String>> now = inboxes(phone);
            if (now.stream().mapToInt(List::size).sum() > seen) {
                lastRead.put(phone, now);
                for (int i = 0; i < now.size(); i++) {
                    if (now.get(i).size() > (i < before.size() ? before.get(i).size() : 0)) {
                        return now.get(i).get(0);
                    }
                }
                return now.stream().filter(codes -> !codes.isEmpty()).findFirst().orElseThrow().get(0);
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("no new SMS code reached " + phone.substring(0, 3) + "****" + phone.substring(7));
            }
            pause();
        }
    }

    /**
     * Enrols in {@code channel} at {@code account} (the gateway or account-service): the card and phone, then the code
     * the phone received with the password. Already enrolled is fine.
     */
    public void enrol(String account, String cardNumber, String phone, String password, String channel, String deviceId,
                      String referrerCode) {
        Map<String, Object> start = new java.util.HashMap<>(Map.of("cardNumber", cardNumber, "phone", phone, "channel", channel));
        if (deviceId != null) {
            start.put("deviceId", deviceId);
        }
        if (referrerCode != null) {
            start.put("referrerCode", referrerCode);
        }
        int seen = codes(phone).size();
        HttpResponse<String> started = post(account + "/api/v1/enrolments", start);
        if (started.statusCode() != 202) {
            throw new IllegalStateException("enrolment refused: " + started.statusCode() + " " + started.body());
        }
        String enrolment = read(started.body()).get("enrolmentId").asText();
        HttpResponse<String> confirmed = post(account + "/api/v1/enrolments/" + enrolment + "/confirmation",
                Map.of("code", codeAfter(phone, seen), "password", password));
        if (confirmed.statusCode() != 201 && confirmed.statusCode() != 409) {
            throw new IllegalStateException("enrolment refused: " + confirmed.statusCode() + " " + confirmed.body());
        }
    }

    /** Posts as an app would: slowed down by the gateway's limit on sign-in and enrolment (429), it waits as told. */
    private HttpResponse<String> post(String url, Object body) {
        try {
            return RetryAfter.send(http, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return RetryAfter.send(http, request.timeout(Duration.ofSeconds(30)).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
