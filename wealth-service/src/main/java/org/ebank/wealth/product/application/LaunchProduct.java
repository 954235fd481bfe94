package org.ebank.wealth.product.application;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.ebank.wealth.product.domain.Product;
import org.ebank.wealth.product.domain.ProductEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Staff launch a product; the launch is announced with the product. False when the code is taken. */
@Service
public class LaunchProduct {

    private final ProductRepository products;
    private final Outbox outbox;
    private final Audit audit;
    private final Clock clock;

    public LaunchProduct(ProductRepository products, Outbox outbox, Audit audit, Clock clock) {
        this.products = products;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Mono<Boolean> launch(Product product) {
        return products.insert(product).flatMap(inserted -> !inserted ? Mono.just(false)
                : outbox.append(WealthTopics.PRODUCT, product.code(), WealthTopics.PRODUCT_LAUNCHED,
                                ProductEvents.launched(product, clock.instant()))
                        .then(audit.record(AuditAction.PRODUCT_LAUNCHED, product.code(), Map.of("name", product.name(),
                                "riskLevel", "R" + product.riskLevel(), "totalQuota", product.totalQuota().toPlainString(),
                                "channels", product.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))))
                        .thenReturn(true));
    }
}
