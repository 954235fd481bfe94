package org.ebank.notification.message.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.value.Masked;
import org.ebank.notification.delivery.adapter.LocalSmsPhone;
import org.ebank.notification.message.application.MessageRepository;
import org.ebank.notification.message.application.MessageStream;
import org.ebank.notification.message.domain.Message;
import org.ebank.notification.message.domain.Preferences;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.paging.Keyset;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.platform.security.TokenSessions;
import org.ebank.platform.web.Page;
import org.ebank.platform.web.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The customer's message centre, its live stream, and their notification preferences. */
@RestController
class MessageController {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final MessageRepository messages;
    private final MessageStream stream;
    private final ObjectProvider<LocalSmsPhone> localPhone;
    private final TokenSessions sessions;
    private final Duration sessionCheck;
    private final Audit audit;
    private final Clock clock;

    MessageController(MessageRepository messages, MessageStream stream, ObjectProvider<LocalSmsPhone> localPhone,
                      ObjectProvider<TokenSessions> sessions, @Value("${ebank.notification.stream-session-check:15s}") Duration sessionCheck,
                      Audit audit, Clock clock) {
        this.sessions = sessions.getIfAvailable(() -> token -> Mono.just(true));
        this.sessionCheck = sessionCheck;
        this.audit = audit;
        this.messages = messages;
        this.stream = stream;
        this.localPhone = localPhone;
        this.clock = clock;
    }

    @Operation(operationId = "listMessages", summary = "The message centre, newest first")
    @GetMapping("/api/v1/messages")
    Mono<Page<MessageView>> list(@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int limit) {
        int size = Paging.limit(limit);
        Keyset after = Paging.after(cursor);
        return Caller.current().flatMap(caller -> messages.ofCustomer(caller.subject(), after, size).map(MessageView::of).collectList())
                .map(items -> Page.of(items, size, last -> new Keyset(last.createdAt(), last.messageId()).cursor()));
    }

    /**
     * Opens with a comment (so the client knows it is connected), then each new message; a heartbeat keeps proxies from
     * closing it. An app reconnecting with {@code Last-Event-ID} (a browser's EventSource does by itself) gets what it
     * missed first; a stream that has to end says so and asks to be reopened in one to five seconds (spread, so that a
     * database restart does not bring every app back in the same second). The session a stream was opened in is asked
     * again every {@code ebank.notification.stream-session-check} (15 s): one that ended (an operator started over) ends
     * the stream, which cannot be reopened with the token of before.
     */
    @Operation(operationId = "streamMessages", summary = "New messages, live, as server-sent events", responses = @ApiResponse(
            responseCode = "200", description = "Server-sent events: the comment `connected` first (with, when no `Last-Event-ID`"
            + " was sent, an `id` to resume after: the customer's latest message, or `start` when they have none); then, for"
            + " each new message, an event `message` whose `id` is the message's id and whose `data` is the message (this"
            + " schema); the comment `heartbeat` every 15 s. Reconnecting with the header `Last-Event-ID` sends the messages"
            + " stored after that one first, oldest first, at most " + MessageStream.MISSED_AT_MOST + " (the message centre"
            + " has the rest); one stored a few seconds before it may come again (same id). The stream may end with the"
            + " comment `reconnect` and a `retry` of 1-5 s: open it again with `Last-Event-ID`. It ends with the comment"
            + " `session-ended` when the session it was opened in ended (an operator started over): sign in again.",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = MessageView.class))))
    @GetMapping(path = "/api/v1/messages/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<MessageView>> stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        Flux<ServerSentEvent<MessageView>> heartbeat = Flux.interval(HEARTBEAT)
                .map(i -> ServerSentEvent.<MessageView>builder().comment("heartbeat").build());
        ServerSentEvent<MessageView> reconnect = ServerSentEvent.<MessageView>builder().comment("reconnect")
                .retry(Duration.ofMillis(ThreadLocalRandom.current().nextLong(1000, 5001))).build();
        ServerSentEvent<MessageView> sessionEnded = ServerSentEvent.<MessageView>builder().comment("session-ended").build();
        return Caller.token().flatMapMany(token -> {
            Flux<ServerSentEvent<MessageView>> ended = Flux.interval(sessionCheck)
                    .concatMap(i -> sessions.isCurrent(token).defaultIfEmpty(false)).filter(current -> !current).take(1)
                    // the session could not be asked: the app reopens the stream, and is asked again then
                    .map(i -> sessionEnded).onErrorReturn(reconnect);
            return Flux.merge(stream.follow(token.getSubject(), lastEventId).map(MessageController::event)
                    .concatWith(Mono.just(reconnect)), heartbeat, ended);
        }).takeUntil(event -> event == reconnect || event == sessionEnded);
    }

    private static ServerSentEvent<MessageView> event(MessageStream.Streamed streamed) {
        if (streamed instanceof MessageStream.Start start) {
            return ServerSentEvent.<MessageView>builder().comment("connected").id(start.resumeAfter()).build();
        }
        Message m = ((MessageStream.Next) streamed).message();
        return ServerSentEvent.builder(MessageView.of(m)).id(m.id()).event("message").build();
    }

    @Operation(operationId = "markMessageOpened", summary = "The customer opened a message")
    @PostMapping("/api/v1/messages/{messageId}/opened")
    Mono<Opened> opened(@PathVariable String messageId) {
        return Caller.current().flatMap(caller -> messages.opened(messageId, caller.subject(), clock.instant()))
                .flatMap(found -> found ? Mono.just(new Opened(messageId))
                        : Mono.error(new ApiException(CommonProblems.NOT_FOUND, new Text("消息不存在", "No such message"))));
    }

    @Operation(operationId = "getNotificationPreferences", summary = "The customer's notification preferences")
    @GetMapping("/api/v1/notification-preferences")
    Mono<PreferencesView> preferences() {
        return Caller.current().flatMap(caller -> messages.preferences(caller.subject())).map(PreferencesView::of);
    }

    @Operation(operationId = "setNotificationPreferences", summary = "Change the notification preferences")
    @PutMapping("/api/v1/notification-preferences")
    Mono<PreferencesView> setPreferences(@Valid @RequestBody PreferencesBody body) {
        Preferences preferences = body.toPreferences();
        return Caller.current().flatMap(caller -> messages.savePreferences(caller.subject(), preferences))
                .thenReturn(PreferencesView.of(preferences));
    }

    /** Local run only: the SMS a number received, read from the in-memory phone (staff). */
    @Operation(operationId = "readLocalSms", summary = "The local run's SMS phone (local profile only)")
    @GetMapping("/api/v1/ops/dev/sms")
    Mono<List<String>> localSms(@RequestParam String phone) {
        LocalSmsPhone phoneBook = localPhone.getIfAvailable();
        if (phoneBook == null) {
            return Mono.error(new ApiException(CommonProblems.NOT_FOUND, new Text("未启用本地短信", "No local SMS phone here")));
        }
        String masked = Masked.phone(phone);
        return audit.record(AuditAction.LOCAL_SMS_READ, masked, Map.of()).thenReturn(phoneBook.messagesTo(phone));
    }

    /** Quiet hours as local times {@code "22:00"}, to the minute. */
    record PreferencesBody(@NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal smsThreshold,
                           @NotNull Boolean smsEnabled, @NotNull Boolean pushEnabled,
                           @NotNull @Pattern(regexp = MINUTE) String quietStart, @NotNull @Pattern(regexp = MINUTE) String quietEnd,
                           @NotNull Boolean marketingOptOut) {

        static final String MINUTE = "([01]\\d|2[0-3]):[0-5]\\d";

        Preferences toPreferences() {
            return new Preferences(smsThreshold.setScale(2), smsEnabled, pushEnabled, LocalTime.parse(quietStart), LocalTime.parse(quietEnd),
                    marketingOptOut);
        }
    }

    record PreferencesView(String smsThreshold, boolean smsEnabled, boolean pushEnabled, String quietStart, String quietEnd,
                           boolean marketingOptOut) {

        static PreferencesView of(Preferences p) {
            return new PreferencesView(p.smsThreshold().toPlainString(), p.smsEnabled(), p.pushEnabled(), p.quietStart().toString(),
                    p.quietEnd().toString(), p.marketingOptOut());
        }
    }

    record MessageView(String messageId, String category, String title, String body, String bodyEn, Instant createdAt) {

        static MessageView of(Message m) {
            return new MessageView(m.id(), m.category().name(), m.title(), m.body(), m.bodyEn(), m.createdAt());
        }
    }

    record Opened(String messageId) {
    }
}
