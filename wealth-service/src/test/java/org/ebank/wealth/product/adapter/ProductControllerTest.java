package org.ebank.wealth.product.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ebank.contracts.value.Channel;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.ebank.wealth.product.application.LaunchProduct;
import org.ebank.wealth.product.application.ProductRepository;
import org.ebank.wealth.product.domain.Product;
import org.ebank.wealth.product.domain.SalesWindow;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The catalogue and product launch, the web layer alone: what anyone sees of a product, and what staff may launch. */
@WebSlice(ProductController.class)
class ProductControllerTest {

    /** 10:00 on 30 November in Shanghai: outside the night market's 17:00-09:00. */
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    /** The bank's clock, stopped at {@link #NOW}. */
    @TestConfiguration
    static class Clocks {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, PlatformAutoConfiguration.BANK_ZONE);
        }
    }

    @Autowired
    WebTestClient web;

    @MockitoBean
    ProductRepository products;

    @MockitoBean
    LaunchProduct launchProduct;

    @Test
    void anyoneSeesTheCatalogueWithAmountsAsStringsAndWhenANightMarketProductNextOpens() {
        Product night = new Product("NIGHT01", "夜市理财", 2, new BigDecimal("1000.00"), new BigDecimal("100.00"),
                new BigDecimal("1000000.00"), new BigDecimal("250000.00"), Set.of(Channel.MOBILE), Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-31T16:00:00Z"), List.of(new SalesWindow(LocalTime.of(17, 0), LocalTime.of(9, 0))), 30,
                new BigDecimal("0.0320"), true);
        Product daily = new Product("RRS001", "日日升", 1, new BigDecimal("1.00"), new BigDecimal("0.01"),
                new BigDecimal("50000000.00"), new BigDecimal("0.00"), Set.of(Channel.NETBANK), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-12-31T00:00:00Z"), List.of(), null, new BigDecimal("0.0210"), false);
        when(products.all()).thenReturn(Flux.just(night, daily));

        web.get().uri("/api/v1/wealth/products").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].code").isEqualTo("NIGHT01").jsonPath("$.items[0].riskLevel").isEqualTo("R2")
                .jsonPath("$.items[0].minPurchase").isEqualTo("1000.00").jsonPath("$.items[0].step").isEqualTo("100.00")
                .jsonPath("$.items[0].remainingQuota").isEqualTo("750000.00").jsonPath("$.items[0].channels[0]").isEqualTo("MOBILE")
                .jsonPath("$.items[0].windows[0]").isEqualTo("17:00-09:00").jsonPath("$.items[0].nightMarket").isEqualTo(true)
                .jsonPath("$.items[0].onSaleNow").isEqualTo(false)
                .jsonPath("$.items[0].nextOpenAt").value(String.class, at -> assertThat(OffsetDateTime.parse(at).toInstant())
                        .isEqualTo(Instant.parse("2026-11-30T09:00:00Z")))
                .jsonPath("$.items[1].code").isEqualTo("RRS001").jsonPath("$.items[1].minPurchase").isEqualTo("1.00")
                .jsonPath("$.items[1].onSaleNow").isEqualTo(true).jsonPath("$.items[1].nextOpenAt").isEmpty();
    }

    @Test
    void staffLaunchAProductAsWrittenAndACodeTakenIsAConflict() {
        when(launchProduct.launch(any())).thenReturn(Mono.just(true));

        launch(launchBody(), TestJwts.staff("staff01")).expectStatus().isCreated()
                .expectBody().jsonPath("$.code").isEqualTo("NIGHT02").jsonPath("$.riskLevel").isEqualTo("R2")
                .jsonPath("$.minPurchase").isEqualTo("1000.00").jsonPath("$.remainingQuota").isEqualTo("1000000.00")
                .jsonPath("$.channels[0]").isEqualTo("MOBILE").jsonPath("$.channels[1]").isEqualTo("NETBANK")
                .jsonPath("$.windows[0]").isEqualTo("17:00-09:00").jsonPath("$.onSaleNow").isEqualTo(false);

        ArgumentCaptor<Product> launched = ArgumentCaptor.forClass(Product.class);
        verify(launchProduct).launch(launched.capture());
        Product product = launched.getValue();
        assertThat(product.minPurchase()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(product.sold()).isEqualTo(new BigDecimal("0.00"));
        assertThat(product.channels()).isEqualTo(Set.of(Channel.MOBILE, Channel.NETBANK));
        assertThat(product.salesStart()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(product.windows()).containsExactly(new SalesWindow(LocalTime.of(17, 0), LocalTime.of(9, 0)));
        assertThat(product.termDays()).isEqualTo(30);
        assertThat(product.nightMarket()).isTrue();

        when(launchProduct.launch(any())).thenReturn(Mono.just(false));
        launch(launchBody(), TestJwts.staff("staff01")).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/product-exists");
    }

    @Test
    void aProductNoOneCouldBuyOrALaunchByAnyoneButStaffNeverReachesTheCatalogue() {
        for (Map<String, Object> invalid : List.<Map<String, Object>>of(
                launchBody("minPurchase", 1000),
                launchBody("minPurchase", "0"),
                launchBody("riskLevel", 6),
                launchBody("code", "night 2"),
                launchBody("name", null),
                launchBody("channels", List.of("ATM")),
                launchBody("salesEnd", "2026-11-01T00:00:00+08:00"),
                launchBody("windows", List.of("17:00")),
                launchBody("sold", "999999.00"))) {
            launch(invalid, TestJwts.staff("staff01")).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

        launch(launchBody(), TestJwts.customer("cus-1", "MOBILE")).expectStatus().isForbidden();
        web.post().uri("/api/v1/ops/wealth/products").contentType(MediaType.APPLICATION_JSON).bodyValue(launchBody())
                .exchange().expectStatus().isUnauthorized();
        verify(launchProduct, never()).launch(any());
    }

    private WebTestClient.ResponseSpec launch(Map<String, Object> body, String token) {
        return web.post().uri("/api/v1/ops/wealth/products").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The launch body with one field changed, or left out when {@code value} is null. */
    private static Map<String, Object> launchBody(String field, Object value) {
        Map<String, Object> body = launchBody();
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    private static Map<String, Object> launchBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "NIGHT02");
        body.put("name", "夜市理财二期");
        body.put("riskLevel", 2);
        body.put("minPurchase", "1000");
        body.put("step", "100");
        body.put("totalQuota", "1000000");
        body.put("channels", List.of("MOBILE", "NETBANK"));
        body.put("salesStart", "2026-12-01T00:00:00+08:00");
        body.put("salesEnd", "2027-03-01T00:00:00+08:00");
        body.put("windows", List.of("17:00-09:00"));
        body.put("termDays", 30);
        body.put("expectedYield", "0.0320");
        body.put("nightMarket", true);
        return body;
    }
}
