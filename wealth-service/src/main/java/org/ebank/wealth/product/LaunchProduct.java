package org.ebank.wealth.product;

import java.time.Clock;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Staff launch a product; the launch is announced with the product. False when the code is taken. */
@Service
public class LaunchProduct {

    private final ProductRepository products;
    private final Outbox outbox;
    private final Clock clock;

    public LaunchProduct(ProductRepository products, Outbox outbox, Clock clock) {
        this.products = products;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Mono<Boolean> launch(Product product) {
        return products.insert(product).flatMap(inserted -> !inserted ? Mono.just(false)
                : outbox.append(WealthTopics.PRODUCT, product.code(), WealthTopics.PRODUCT_LAUNCHED,
                        ProductEvents.of(product, product.totalQuota(), clock.instant())).thenReturn(true));
    }
}
