package org.ebank.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Demo data for the local run, entered through the gateway as staff would: a customer for each of
 * the bank's special cards. Seeding twice changes nothing (a known customer answers 409).
 */
public final class DemoData {

    public static final String STAFF_USERNAME = "staff01";
    public static final String STAFF_PASSWORD = "Staff@2026";

    public static final List<DemoCustomer> CUSTOMERS = List.of(
            new DemoCustomer("张乡情", "13800000001", LocalDate.of(1990, 3, 7), "乡情卡 XIANGQING: a migrant worker"),
            new DemoCustomer("李青年", "13800000002", LocalDate.of(2004, 5, 20), "青年卡 QINGNIAN: a student with a family account"),
            new DemoCustomer("王金晖", "13800000003", LocalDate.of(1955, 8, 12), "金晖卡 JINHUI: a pensioner"),
            new DemoCustomer("赵易汇", "13800000004", LocalDate.of(1982, 11, 11), "易汇通卡 YIHUITONG: a merchant"));

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;

    public DemoData(String gateway) {
        this.gateway = gateway;
    }

    public void seed() {
        String staff = post("/api/v1/auth/staff-login", null,
                Map.of("username", STAFF_USERNAME, "password", STAFF_PASSWORD)).get("accessToken").asText();
        for (DemoCustomer customer : CUSTOMERS) {
            post("/api/v1/ops/customers", staff, Map.of("name", customer.name(), "idNumber", customer.idNumber(),
                    "phone", customer.phone(), "birthDate", customer.birthDate().toString()));
        }
    }

    private JsonNode post(String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && response.statusCode() != 409) {
                throw new IllegalStateException("seeding " + path + " failed: " + response.statusCode() + " " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("seeding " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        }
    }

    public record DemoCustomer(String name, String phone, LocalDate birthDate, String card) {

        public String idNumber() {
            return ResidentIds.of(birthDate, 1);
        }
    }
}
