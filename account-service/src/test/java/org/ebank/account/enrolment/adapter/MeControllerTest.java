package org.ebank.account.enrolment.adapter;

import static org.mockito.Mockito.when;

import java.time.Instant;
import org.ebank.account.customer.application.CustomerRepository;
import org.ebank.account.customer.domain.Customer;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.account.customer.domain.PhoneNumber;
import org.ebank.account.customer.domain.ResidentIdNumber;
import org.ebank.account.enrolment.application.EnrolmentRepository;
import org.ebank.account.enrolment.application.EnrolmentRepository.Enrolment;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The signed-in customer's profile, the web layer alone: theirs only, the phone masked, the id number never. */
@WebSlice(MeController.class)
class MeControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    CustomerRepository customers;

    @MockitoBean
    EnrolmentRepository enrolments;

    @Test
    void theProfileIsTheSignedInCustomersWithThePhoneMaskedAndTheirServices() {
        when(customers.findById(new CustomerId("cus-1"))).thenReturn(Mono.just(new Customer(new CustomerId("cus-1"), "张三",
                new ResidentIdNumber("11010519491231002X"), new PhoneNumber("13800138000"), Instant.parse("2026-01-05T02:00:00Z"))));
        when(enrolments.enrolments("cus-1")).thenReturn(Flux.just(
                new Enrolment(EbankChannel.MOBILE, null, Instant.parse("2026-01-06T02:00:00Z"))));

        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestJwts.customer("cus-1", "MOBILE"))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.customerId").isEqualTo("cus-1")
                .jsonPath("$.phone").isEqualTo("138****8000")
                .jsonPath("$.channel").isEqualTo("MOBILE")
                .jsonPath("$.enrolments[0].channel").isEqualTo("MOBILE")
                .jsonPath("$.idNumber").doesNotExist();
    }

    @Test
    void aTokenForNobodyWeKnowIsNotFoundAndNoTokenIsUnauthorized() {
        when(customers.findById(new CustomerId("cus-gone"))).thenReturn(Mono.empty());
        when(enrolments.enrolments("cus-gone")).thenReturn(Flux.empty());

        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestJwts.customer("cus-gone", "NETBANK"))).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestJwts.forged("cus-1"))).exchange()
                .expectStatus().isUnauthorized();
    }
}
