package org.ebank.transfer.transfer.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.ebank.transfer.directory.application.CardDirectory;
import org.ebank.transfer.directory.domain.Card;
import org.ebank.transfer.fee.application.Pricing;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.transfer.domain.Limits;
import org.ebank.transfer.transfer.domain.Quote;
import org.ebank.transfer.transfer.domain.QuotePurpose;
import org.ebank.transfer.transfer.domain.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Prices a transfer: its kind, the base fee, the cheapest waiver with free uses left (reserved for a transfer's
 * quote, so the fee it shows is the fee it gets), whether an OTP is needed, and until when it holds.
 */
@Service
public class QuoteTransfer {

    private final CardDirectory cards;
    private final Pricing pricing;
    private final QuoteRepository quotes;
    private final SpendingRepository spending;
    private final TransferPolicy policy;
    private final Clock clock;

    public QuoteTransfer(CardDirectory cards, Pricing pricing, QuoteRepository quotes, SpendingRepository spending,
                         TransferPolicy policy, Clock clock) {
        this.cards = cards;
        this.pricing = pricing;
        this.quotes = quotes;
        this.spending = spending;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Mono<Outcome<Quote>> quote(QuoteRequest request) {
        Limits.ChannelLimit limit = policy.limits().of(request.channel());
        if (!limit.allowsSingle(request.amount())) {
            return Mono.just(Outcome.refused(Refusal.OVER_SINGLE_LIMIT, Map.of("limit", limit.single().toString())));
        }
        return cards.byAccountId(request.fromAccountId())
                .filter(payer -> payer.customerId().equals(request.customerId()))
                .flatMap(payer -> payee(request).flatMap(payee -> {
                    if (payee.card() != null && payee.card().accountId().equals(payer.accountId())) {
                        return Mono.just(Outcome.<Quote>refused(Refusal.SAME_ACCOUNT));
                    }
                    return feeCard(request, payer, payee.card())
                            .flatMap(feeCard -> priced(request, payer, payee.card(), feeCard))
                            .defaultIfEmpty(Outcome.refused(Refusal.FEE_ACCOUNT_NOT_ALLOWED));
                }).defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_PAYEE)))
                .defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }

    private Mono<Payee> payee(QuoteRequest request) {
        if (!policy.isOurBank(request.toBankCode())) {
            return Mono.just(new Payee(null));
        }
        return (request.toAccountId() != null ? cards.byAccountId(request.toAccountId()) : cards.byCardNumber(request.toAccountNumber()))
                .map(Payee::new);
    }

    /**
     * The payer by default; otherwise one of the customer's own cards, or the payee's 青年卡 when the payer
     * is its family account (the card's benefit covers family transfers either way).
     */
    private Mono<Card> feeCard(QuoteRequest request, Card payer, Card payee) {
        if (request.feeAccountId() == null || request.feeAccountId().equals(payer.accountId())) {
            return Mono.just(payer);
        }
        if (payee != null && payee.accountId().equals(request.feeAccountId()) && payer.accountId().equals(payee.familyAccountId())) {
            return Mono.just(payee);
        }
        return cards.byAccountId(request.feeAccountId()).filter(card -> card.customerId().equals(request.customerId()));
    }

    private Mono<Outcome<Quote>> priced(QuoteRequest request, Card payer, Card payee, Card feeCard) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        TransferKind kind = payee == null ? TransferKind.INTERBANK
                : payer.region().equals(payee.region()) ? TransferKind.SAME_REGION : TransferKind.CROSS_REGION;
        FeeContext context = new FeeContext(Operation.TRANSFER, kind, request.amount(),
                pricing.tariff().baseFee(Operation.TRANSFER, kind, request.amount()), feeCard.facts(), payer.facts(),
                payee == null ? null : payee.facts(), request.purpose().scheduled(), request.channel(), day);
        String quoteId = "q_" + UUID.randomUUID().toString().replace("-", "");
        Instant expiresAt = now.plus(policy.quoteLifetime());
        String payeeKey = payee == null ? request.toBankCode() + ":" + request.toAccountNumber() : Quote.payeeOfOurs(payee.accountId());
        Limits.ChannelLimit limit = policy.limits().of(request.channel());
        return spending.standing(request.customerId(), request.channel(), day, payeeKey)
                .flatMap(standing -> {
                    if (!limit.allowsDaily(standing.moved(), request.amount())) {
                        return Mono.just(Outcome.<Quote>refused(Refusal.OVER_DAILY_LIMIT, Map.of("limit", limit.daily().toString())));
                    }
                    return fee(request, context, quoteId, now, expiresAt).flatMap(fee -> {
                        Quote quote = new Quote(quoteId, request.customerId(), request.channel(), payer.accountId(),
                                payee == null ? null : payee.accountId(),
                                payee == null ? request.toAccountNumber() : Quote.maskedCard(request.toAccountNumber()),
                                policy.isOurBank(request.toBankCode()) ? null : request.toBankCode(), request.toName(),
                                request.amount(), feeCard.accountId(), kind, fee, request.purpose(),
                                // a scheduled transfer steps up once, when the customer sets it up, not at each run
                                request.purpose() != QuotePurpose.SCHEDULED_RUN
                                        && policy.stepUp().required(request.amount(), standing.knownPayee()),
                                now, expiresAt);
                        return quotes.save(quote).thenReturn(Outcome.ok(quote));
                    });
                });
    }

    /**
     * A transfer's quote reserves the free use its fee relies on, and gives back the free uses of the same rule that
     * the customer's earlier quotes hold and nobody confirmed (a customer quoting again has changed their mind: their
     * abandoned quotes must not spend their quota). A run's quote reserves and is executed at once; a schedule's quote
     * reserves nothing.
     */
    private Mono<FeeQuote> fee(QuoteRequest request, FeeContext context, String quoteId, Instant now, Instant expiresAt) {
        return switch (request.purpose()) {
            case TRANSFER -> pricing.reserve(context, quoteId, request.customerId(), now, expiresAt);
            case SCHEDULED_RUN -> pricing.reserve(context, quoteId, null, now, expiresAt);
            case SCHEDULE -> pricing.price(context, now);
        };
    }

    private record Payee(Card card) {
    }
}
