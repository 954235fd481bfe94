package org.ebank.account.star.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.ebank.account.star.application.StarLevels;
import org.ebank.account.star.application.StarLevels.StarAccount;
import org.ebank.contracts.value.Money;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Staff rating a 易汇通卡 by hand, the web layer alone: in their own name, with a reason, zero to three stars. */
@WebSlice(StarLevelOpsController.class)
class StarLevelOpsControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    StarLevels starLevels;

    @Test
    void anOverrideIsRecordedInTheStaffsNameAndShownBesideTheComputedLevel() {
        when(starLevels.override("acc-1", 3, "staff01", "私行客户 private banking"))
                .thenReturn(Mono.just(new StarAccount("acc-1", "cus-1", Money.of("80000.00"), 1, 3)));

        set("acc-1", TestJwts.staff("staff01"), body(3, "私行客户 private banking")).expectStatus().isOk().expectBody()
                .jsonPath("$.starLevel").isEqualTo(3).jsonPath("$.computedLevel").isEqualTo(1)
                .jsonPath("$.liquidAssets").isEqualTo("80000.00");
    }

    @Test
    void aNullLevelGivesTheCardBackToTheRatingAndAnUnknownCardIsNotFound() {
        when(starLevels.override("acc-1", null, "staff01", "复核 review"))
                .thenReturn(Mono.just(new StarAccount("acc-1", "cus-1", Money.of("80000.00"), 1, null)));
        set("acc-1", TestJwts.staff("staff01"), body(null, "复核 review")).expectStatus().isOk().expectBody()
                .jsonPath("$.starLevel").isEqualTo(1).jsonPath("$.staffLevel").doesNotExist();

        when(starLevels.override("acc-9", 2, "staff01", "复核 review")).thenReturn(Mono.empty());
        set("acc-9", TestJwts.staff("staff01"), body(2, "复核 review")).expectStatus().isNotFound();
    }

    @Test
    void fourStarsNoReasonOrACustomerChangeNothing() {
        set("acc-1", TestJwts.staff("staff01"), body(4, "复核 review")).expectStatus().isBadRequest();
        set("acc-1", TestJwts.staff("staff01"), body(-1, "复核 review")).expectStatus().isBadRequest();
        set("acc-1", TestJwts.staff("staff01"), body(2, "")).expectStatus().isBadRequest();
        set("acc-1", TestJwts.customer("cus-1", "MOBILE"), body(3, "我想要三星")).expectStatus().isForbidden();
        verify(starLevels, never()).override(any(), any(), any(), any());
    }

    private static Map<String, Object> body(Integer level, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("starLevel", level);
        body.put("reason", reason);
        return body;
    }

    private WebTestClient.ResponseSpec set(String accountId, String token, Map<String, Object> body) {
        return web.put().uri("/api/v1/ops/accounts/{id}/star-level", accountId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
