package org.ebank.wealth.product.application;

import java.math.BigDecimal;
import org.ebank.wealth.product.domain.Product;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The product catalogue and each product's quota, never oversold. */
public interface ProductRepository {

    /** False when the code is taken. */
    Mono<Boolean> insert(Product p);

    Mono<Product> byCode(String code);

    Flux<Product> all();

    /**
     * Takes {@code amount} of the product's quota, or nothing when that would oversell: one conditional
     * update, so concurrent buyers queue on the product row and the quota is never exceeded.
     */
    Mono<BigDecimal> take(String code, BigDecimal amount);

    /** Gives quota back after a purchase that did not go through. */
    Mono<Void> giveBack(String code, BigDecimal amount);
}
