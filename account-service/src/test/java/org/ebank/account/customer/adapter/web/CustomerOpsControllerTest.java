package org.ebank.account.customer.adapter.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.ebank.account.customer.application.RegisterCustomer;
import org.ebank.account.customer.application.RegisterCustomerCommand;
import org.ebank.account.customer.application.RegistrationOutcome;
import org.ebank.account.customer.domain.Customer;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.account.customer.domain.PhoneNumber;
import org.ebank.account.customer.domain.ResidentIdNumber;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Staff registering customers, the web layer alone: the id number checked to its check digit, one customer per id. */
@WebSlice(CustomerOpsController.class)
class CustomerOpsControllerTest {

    private static final ResidentIdNumber ID = new ResidentIdNumber("11010519491231002X");

    @Autowired
    WebTestClient web;

    @MockitoBean
    RegisterCustomer registerCustomer;

    @Test
    void aCustomerIsRegisteredWithTheirCheckedDetails() {
        when(registerCustomer.register(new RegisterCustomerCommand("张三", ID, new PhoneNumber("13800138000"),
                LocalDate.of(1949, 12, 31)))).thenReturn(Mono.just(new RegistrationOutcome.Registered(new Customer(
                new CustomerId("cus-1"), "张三", ID, new PhoneNumber("13800138000"), Instant.parse("2026-11-30T02:00:00Z")))));

        register(TestJwts.staff("staff01"), body("11010519491231002X", "1949-12-31")).expectStatus().isCreated()
                .expectBody().jsonPath("$.customerId").isEqualTo("cus-1");
    }

    @Test
    void theSameIdNumberTwiceNamesTheCustomerWhoHasIt() {
        when(registerCustomer.register(any())).thenReturn(Mono.just(new RegistrationOutcome.AlreadyRegistered(new CustomerId("cus-1"))));

        register(TestJwts.staff("staff01"), body("11010519491231002X", "1949-12-31")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/customer-exists")
                .jsonPath("$.customerId").isEqualTo("cus-1");
    }

    @Test
    void aWrongCheckDigitOrBirthDateOrACustomersTokenRegistersNobody() {
        register(TestJwts.staff("staff01"), body("110105194912310021", "1949-12-31")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("idNumber");
        register(TestJwts.staff("staff01"), body("11010519491231002X", "1950-01-01")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("birthDate");
        register(TestJwts.staff("staff01"), Map.of("name", "张三", "idNumber", "11010519491231002X", "phone", "12345",
                "birthDate", "1949-12-31")).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        register(TestJwts.customer("cus-1", "MOBILE"), body("11010519491231002X", "1949-12-31")).expectStatus().isForbidden();
        verify(registerCustomer, never()).register(any());
    }

    private static Map<String, Object> body(String idNumber, String birthDate) {
        return Map.of("name", "张三", "idNumber", idNumber, "phone", "13800138000", "birthDate", birthDate);
    }

    private WebTestClient.ResponseSpec register(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/ops/customers").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
