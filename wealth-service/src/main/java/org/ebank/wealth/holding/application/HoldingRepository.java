package org.ebank.wealth.holding.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ebank.wealth.holding.domain.Holding;
import org.ebank.wealth.holding.domain.HoldingLine;
import org.ebank.wealth.holding.domain.NewHolding;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Customers' holdings: what is left of each, taken and given back under the row's own conditions. */
public interface HoldingRepository {

    Mono<Holding> byId(String holdingId);

    Mono<Holding> ofCustomer(String holdingId, String customerId);

    /** Takes {@code amount} off what is left, or nothing when less is left: concurrent redemptions never overdraw. */
    Mono<BigDecimal> take(String holdingId, BigDecimal amount);

    Mono<Void> giveBack(String holdingId, BigDecimal amount);

    /** ACTIVE holdings maturing on or before {@code day}, by maturity date and id, after {@code after} (null: from the first). */
    Flux<Holding> dueOn(LocalDate day, Holding after, int limit);

    /** True for the one caller that moves the holding from ACTIVE to MATURED. */
    Mono<Boolean> markMatured(String holdingId);

    /** Opens the holding of a placed order. Runs in the caller's transaction. */
    Mono<Void> open(NewHolding holding);

    /** The customer's holdings, newest first. */
    Flux<HoldingLine> listed(String customerId);
}
