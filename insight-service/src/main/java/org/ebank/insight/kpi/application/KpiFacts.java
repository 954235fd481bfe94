package org.ebank.insight.kpi.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.insight.kpi.domain.TransactionKind;
import reactor.core.publisher.Mono;

/**
 * The KPI read model's facts, each keyed by what it is about (a customer's enrolment, a transfer, a fee event),
 * so that an event applied twice, or a replay of the whole stream, changes nothing.
 */
public interface KpiFacts {

    Mono<Void> customer(String customerId, Instant registeredAt);

    /** How to reach a customer or an enterprise: its name and phone (none for an enterprise registered without one). */
    Mono<Void> contact(String customerId, String name, String phone);

    /** A smart push's step: sent, opened (the first time) or converted by {@code orderId}. */
    Mono<Void> push(String pushId, String customerId, PushStep step, Instant at, String orderId);

    enum PushStep { SENT, OPENED, CONVERTED }

    /** {@code branchCode} the branch that opened it; none on events from before branches. */
    Mono<Void> accountOpened(String accountId, String customerId, String product, String branchCode, Instant openedAt);

    /** A branch of the bank's directory. */
    Mono<Void> branch(String code, String name, String parentCode);

    /**
     * Balances after postings, in the order they were posted: each account's last is what it holds now; those on
     * enterprises' settlement accounts also count as their transactions.
     */
    Mono<Void> balances(List<Balance> balances);

    record Balance(String postingId, String accountId, String customerId, CardProduct product, BigDecimal balance, Instant at) {

        public boolean settlement() {
            return product == CardProduct.CORPORATE;
        }
    }

    Mono<Void> enrolled(String customerId, Channel service, String referrerCode, Instant at);

    /** A staff member, whose code is a referrer code from {@code enrolledAt} on. */
    Mono<Void> staff(String code, String branchCode, Instant enrolledAt);

    /** The staff member left: their code is no referrer code for enrolments from {@code leftAt} on. */
    Mono<Void> staffLeft(String code, Instant leftAt);

    /** A login or a transaction: what makes an enrolled customer active on a channel. */
    Mono<Void> active(String activityId, String customerId, Channel channel, Instant at);

    /** Transactions, each once by its business id, in one write; those on an e-channel also make their customer active. */
    Mono<Void> transactions(List<Transaction> transactions);

    /**
     * A transaction on its channel: {@code id} the business id (a transfer's, a cash operation's, a wealth order's);
     * {@code deviceId} the ATM (or counter terminal) of a cash operation, else null.
     */
    record Transaction(String id, String customerId, Channel channel, TransactionKind kind, BigDecimal amount, Instant at,
                       String deviceId) {

        public Transaction(String id, String customerId, Channel channel, TransactionKind kind, BigDecimal amount, Instant at) {
            this(id, customerId, channel, kind, amount, at, null);
        }
    }

    Mono<Void> fee(String eventId, String referenceId, FeeEffect effect, String rule, BigDecimal amount, Instant at);

    /** Forgets every fact but the contacts (older than the topics may keep), before the stream is read again from its start. */
    Mono<Void> forget();

    enum FeeEffect { CHARGED, WAIVED, REFUNDED }
}
