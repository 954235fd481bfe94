package org.ebank.notification.message.adapter;

import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.ebank.platform.secrets.SealingKey;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The key other services seal SMS codes with, the web layer alone: anyone reads its public half, nobody writes there. */
@WebSlice(SealingKeyController.class)
class SealingKeyControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    SealingKey key;

    @Test
    void anyoneReadsThePublicHalfWithOrWithoutAToken() {
        Map<String, Object> jwk = SealingKey.from(null).publicJwk();
        when(key.publicJwk()).thenReturn(jwk);

        web.get().uri("/.well-known/sealing-key").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.kty").isEqualTo("RSA")
                .jsonPath("$.use").isEqualTo("enc")
                .jsonPath("$.alg").isEqualTo("RSA-OAEP-256")
                .jsonPath("$.kid").isEqualTo(jwk.get("kid"))
                .jsonPath("$.n").isEqualTo(jwk.get("n"))
                .jsonPath("$.d").doesNotExist();
        web.get().uri("/.well-known/sealing-key").headers(h -> h.setBearerAuth(TestJwts.customer("cus-1", "MOBILE"))).exchange()
                .expectStatus().isOk();
    }

    @Test
    void onlyReadingItIsOpenToAnyone() {
        web.post().uri("/.well-known/sealing-key").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kty", "RSA"))
                .exchange().expectStatus().isUnauthorized();
        web.put().uri("/.well-known/sealing-key").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("kty", "RSA"))
                .exchange().expectStatus().isUnauthorized();
        web.delete().uri("/.well-known/sealing-key").exchange().expectStatus().isUnauthorized();
        verify(key, never()).publicJwk();
    }
}
