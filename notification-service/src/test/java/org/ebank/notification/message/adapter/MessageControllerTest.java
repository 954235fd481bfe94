package org.ebank.notification.message.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.notification.delivery.adapter.LocalSmsPhone;
import org.ebank.notification.message.application.LiveMessages;
import org.ebank.notification.message.application.MessageStream;
import org.ebank.notification.message.application.MessageRepository;
import org.ebank.notification.message.domain.Category;
import org.ebank.notification.message.domain.Message;
import org.ebank.notification.message.domain.Preferences;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.paging.Keyset;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The message centre, the web layer alone: the signed-in customer's own messages, page by page and live, and preferences. */
@WebSlice(MessageController.class)
class MessageControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    MessageRepository messages;

    @MockitoBean
    LiveMessages live;

    @MockitoBean
    LocalSmsPhone localPhone;

    @MockitoBean
    Audit audit;

    @BeforeEach
    void auditRecords() {
        when(audit.record(any(), any(), any())).thenReturn(Mono.empty());
    }

    @Test
    void theCentreIsTheSignedInCustomersOwnAPageAtATime() {
        customer().get().uri("/api/v1/messages?limit=lots").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        customer().get().uri("/api/v1/messages?cursor=yesterday").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        customer().get().uri("/api/v1/messages?limit=500").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        web.get().uri("/api/v1/messages").exchange().expectStatus().isUnauthorized();
        verify(messages, never()).ofCustomer(any(), any(), anyInt());

        when(messages.ofCustomer("cus-1", null, 2))
                .thenReturn(Flux.just(message("m-2", "2026-11-30T01:30:00Z"), message("m-1", "2026-11-30T01:00:00Z")));
        String next = new Keyset(Instant.parse("2026-11-30T01:00:00Z"), "m-1").cursor();
        customer().get().uri("/api/v1/messages?limit=2").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].messageId").isEqualTo("m-2")
                .jsonPath("$.items[0].category").isEqualTo("TRANSACTION")
                .jsonPath("$.items[0].bodyEn").isEqualTo("Account ending 1234: 100.00 out")
                .jsonPath("$.items[1].createdAt").isEqualTo("2026-11-30T01:00:00Z")
                .jsonPath("$.nextCursor").isEqualTo(next);

        when(messages.ofCustomer("cus-1", new Keyset(Instant.parse("2026-11-30T01:00:00Z"), "m-1"), 2))
                .thenReturn(Flux.empty());
        customer().get().uri("/api/v1/messages?limit=2&cursor={next}", next).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items").isEmpty().jsonPath("$.nextCursor").isEmpty();
    }

    @Test
    void aCustomerOpensOnlyTheirOwnMessagesAndReadsNobodysSms() {
        when(messages.opened(eq("m-1"), eq("cus-1"), any())).thenReturn(Mono.just(true));
        when(messages.opened(eq("m-9"), eq("cus-1"), any())).thenReturn(Mono.just(false));

        customer().post().uri("/api/v1/messages/m-1/opened").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.messageId").isEqualTo("m-1");
        customer().post().uri("/api/v1/messages/m-9/opened").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/not-found");
        verify(messages).opened(eq("m-9"), eq("cus-1"), any());

        customer().get().uri("/api/v1/ops/dev/sms?phone=13800138000").exchange().expectStatus().isForbidden();
        verify(localPhone, never()).messagesTo(any());
        verify(audit, never()).record(any(), any(), any());

        when(localPhone.messagesTo("13800138000")).thenReturn(List.of("验证码 123456 / code 123456"));
        web.get().uri("/api/v1/ops/dev/sms?phone=13800138000").headers(h -> h.setBearerAuth(TestJwts.staff("staff01")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0]").isEqualTo("验证码 123456 / code 123456");
        verify(audit).record(AuditAction.LOCAL_SMS_READ, "138****8000", Map.of());
    }

    @Test
    void preferencesAreTheSignedInCustomersAndInvalidOnesAreNeverSaved() {
        put(preferences("smsThreshold", "-1.00")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("smsThreshold");
        put(preferences("quietStart", "24:00")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("quietStart");
        put(preferences("marketingOptOut", null)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("marketingOptOut");
        put(preferences("smsThreshold", 1000)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verify(messages, never()).savePreferences(any(), any());

        when(messages.savePreferences(eq("cus-1"), any())).thenReturn(Mono.empty());
        put(preferences("smsThreshold", "1000")).expectStatus().isOk()
                .expectBody().jsonPath("$.smsThreshold").isEqualTo("1000.00").jsonPath("$.pushEnabled").isEqualTo(false)
                .jsonPath("$.quietEnd").isEqualTo("07:30");
        verify(messages).savePreferences("cus-1", new Preferences(new BigDecimal("1000.00"), true, false, LocalTime.of(23, 0),
                LocalTime.of(7, 30), true));

        when(messages.preferences("cus-1")).thenReturn(Mono.just(Preferences.defaults()));
        customer().get().uri("/api/v1/notification-preferences").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.smsThreshold").isEqualTo("500.00").jsonPath("$.quietStart").isEqualTo("22:00")
                .jsonPath("$.marketingOptOut").isEqualTo(false);
    }

    @Test
    void theStreamSaysItIsConnectedThenCarriesTheCustomersOwnMessagesAndAsksToBeReopenedWhenItHasToEnd() {
        when(messages.lastStoredId("cus-1")).thenReturn(Mono.just("m-2"));
        when(live.of("cus-1")).thenReturn(Flux.just(message("m-3", "2026-11-30T02:00:00Z")));

        Flux<ServerSentEvent<Map<String, Object>>> events = customer().get().uri("/api/v1/messages/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { }).getResponseBody();

        StepVerifier.create(events)
                .assertNext(event -> {
                    assertThat(event.comment()).isEqualTo("connected");
                    assertThat(event.id()).as("resume after the latest message").isEqualTo("m-2");
                })
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("message");
                    assertThat(event.id()).isEqualTo("m-3");
                    assertThat(event.data()).containsEntry("messageId", "m-3").containsEntry("category", "TRANSACTION");
                })
                .assertNext(event -> {
                    assertThat(event.comment()).isEqualTo("reconnect");
                    assertThat(event.retry()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
                })
                .verifyComplete();
        verify(live).of("cus-1");
    }

    @Test
    void aStreamReopenedWithTheLastIdItGotIsSentWhatWasStoredAfterItFirst() {
        when(live.of("cus-1")).thenReturn(Flux.just(message("m-3", "2026-11-30T02:00:00Z"), message("m-4", "2026-11-30T03:00:00Z"))
                .concatWith(Flux.never()));
        when(messages.storedAfter(eq("cus-1"), eq("m-1"), any(), eq(MessageStream.MISSED_AT_MOST)))
                .thenReturn(Flux.just(message("m-2", "2026-11-30T01:00:00Z"), message("m-3", "2026-11-30T02:00:00Z")));

        Flux<ServerSentEvent<Map<String, Object>>> events = customer().get().uri("/api/v1/messages/stream").header("Last-Event-ID", "m-1")
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { }).getResponseBody();

        StepVerifier.create(events)
                .assertNext(event -> assertThat(event.id()).as("the app keeps its own last id").isNull())
                .assertNext(event -> assertThat(event.id()).isEqualTo("m-2"))
                .assertNext(event -> assertThat(event.id()).isEqualTo("m-3"))
                .assertNext(event -> assertThat(event.id()).as("m-3 came live too, and is sent once").isEqualTo("m-4"))
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void aCustomerWithNoMessageYetResumesFromTheStart() {
        when(messages.lastStoredId("cus-1")).thenReturn(Mono.empty());
        when(live.of("cus-1")).thenReturn(Flux.never());
        when(messages.storedAfter(eq("cus-1"), isNull(), any(), eq(MessageStream.MISSED_AT_MOST)))
                .thenReturn(Flux.just(message("m-1", "2026-11-30T01:00:00Z")));

        StepVerifier.create(stream(null))
                .assertNext(event -> assertThat(event.id()).isEqualTo("start"))
                .thenCancel()
                .verify(Duration.ofSeconds(5));
        StepVerifier.create(stream("start"))
                .assertNext(event -> assertThat(event.comment()).isEqualTo("connected"))
                .assertNext(event -> assertThat(event.id()).isEqualTo("m-1"))
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    private Flux<ServerSentEvent<Map<String, Object>>> stream(String lastEventId) {
        return customer().get().uri("/api/v1/messages/stream").headers(h -> {
                    if (lastEventId != null) {
                        h.set("Last-Event-ID", lastEventId);
                    }
                })
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { }).getResponseBody();
    }

    /** The stream's catching up, real, on the mocked repository and live messages. */
    @TestConfiguration
    static class Stream {
        @Bean
        MessageStream messageStream(LiveMessages live, MessageRepository messages) {
            return new MessageStream(live, messages);
        }
    }

    private WebTestClient.ResponseSpec put(Map<String, Object> body) {
        return customer().put().uri("/api/v1/notification-preferences").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    /** Valid preferences, but for {@code field} set to {@code value} (left out when null). */
    private static Map<String, Object> preferences(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("smsThreshold", "1000", "smsEnabled", true, "pushEnabled", false,
                "quietStart", "23:00", "quietEnd", "07:30", "marketingOptOut", true));
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    private static Message message(String id, String at) {
        return new Message(id, "cus-1", "evt-" + id, Category.TRANSACTION, "动账提醒", "您尾号1234的账户支出100.00元",
                "Account ending 1234: 100.00 out", new BigDecimal("100.00"), Instant.parse(at));
    }

    private WebTestClient customer() {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestJwts.customer("cus-1", "MOBILE"))).build();
    }
}
