package org.ebank.wealth.product.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.ebank.contracts.value.Channel;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.web.Page;
import org.ebank.wealth.product.application.LaunchProduct;
import org.ebank.wealth.product.application.ProductRepository;
import org.ebank.wealth.product.domain.Product;
import org.ebank.wealth.product.domain.SalesWindow;
import org.ebank.wealth.web.WealthProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The catalogue (anyone) and product launch (staff). */
@RestController
class ProductController {


    private final ProductRepository products;
    private final LaunchProduct launchProduct;
    private final Clock clock;

    ProductController(ProductRepository products, LaunchProduct launchProduct, Clock clock) {
        this.products = products;
        this.launchProduct = launchProduct;
        this.clock = clock;
    }

    @Operation(operationId = "listProducts", summary = "The wealth catalogue, with night-market windows")
    @GetMapping("/api/v1/wealth/products")
    Mono<Page<ProductView>> products() {
        Instant now = clock.instant();
        return products.all().map(p -> ProductView.of(p, now, clock)).collectList().map(items -> new Page<>(items, null));
    }

    @Operation(operationId = "launchProduct", summary = "Launch a wealth product")
    @Refusals({"product-exists"})
    @PostMapping("/api/v1/ops/wealth/products")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ProductView> launch(@Valid @RequestBody ProductBody body) {
        Product product = body.toProduct();
        return launchProduct.launch(product).flatMap(inserted -> inserted ? Mono.just(ProductView.of(product, clock.instant(), clock))
                : Mono.error(new ApiException(WealthProblems.PRODUCT_EXISTS, new Text("产品代码已存在", "A product with this code exists"))));
    }

    record ProductBody(@NotBlank @Pattern(regexp = "[A-Z0-9]{2,32}") String code, @NotBlank @Size(max = 60) String name,
                       @NotNull @Min(1) @Max(5) Integer riskLevel, @NotNull BigDecimal minPurchase, @NotNull BigDecimal step,
                       @NotNull BigDecimal totalQuota, @NotEmpty List<@Pattern(regexp = "MOBILE|NETBANK|COUNTER") String> channels,
                       @NotNull OffsetDateTime salesStart, @NotNull OffsetDateTime salesEnd, List<String> windows,
                       @Min(1) @Max(3650) Integer termDays, BigDecimal expectedYield, Boolean nightMarket) {

        Product toProduct() {
            try {
                List<SalesWindow> parsed = windows == null ? List.of() : windows.stream().map(SalesWindow::parse).toList();
                if (minPurchase.signum() <= 0 || step.signum() <= 0 || totalQuota.signum() <= 0 || !salesEnd.isAfter(salesStart)) {
                    throw new IllegalArgumentException("amounts are positive and sales end after they start");
                }
                return new Product(code, name, riskLevel, minPurchase.setScale(2), step.setScale(2), totalQuota.setScale(2),
                        BigDecimal.ZERO.setScale(2), channels.stream().map(Channel::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)), salesStart.toInstant(), salesEnd.toInstant(), parsed,
                        termDays, expectedYield, Boolean.TRUE.equals(nightMarket));
            } catch (RuntimeException e) {
                throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("产品参数不正确：" + e.getMessage(),
                        "The product is not valid: " + e.getMessage()));
            }
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductView(String code, String name, String riskLevel, String minPurchase, String step, String remainingQuota,
                       List<String> channels, boolean nightMarket, boolean onSaleNow, OffsetDateTime nextOpenAt,
                       List<String> windows, Integer termDays, String expectedYield) {

        static ProductView of(Product p, Instant now, Clock clock) {
            boolean onSale = p.onSale(now, clock.getZone());
            return new ProductView(p.code(), p.name(), "R" + p.riskLevel(), p.minPurchase().toPlainString(), p.step().toPlainString(),
                    p.remainingQuota().toPlainString(), p.channels().stream().map(Channel::name).toList(), p.nightMarket(), onSale,
                    onSale ? null : p.nextOpenAt(now, clock.getZone()).map(i -> i.atZone(clock.getZone()).toOffsetDateTime()).orElse(null),
                    p.windows().stream().map(SalesWindow::toString).toList(), p.termDays(),
                    p.expectedYield() == null ? null : p.expectedYield().toPlainString());
        }
    }
}
