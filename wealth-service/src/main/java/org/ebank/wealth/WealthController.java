package org.ebank.wealth;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.Map;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.wealth.order.OrderRequest;
import org.ebank.wealth.order.PlaceOrder;
import org.ebank.wealth.order.WealthProblems;
import org.ebank.wealth.product.LaunchProduct;
import org.ebank.wealth.product.Product;
import org.ebank.wealth.product.ProductRepository;
import org.ebank.wealth.product.SalesWindow;
import org.ebank.wealth.suitability.Assessments;
import org.ebank.wealth.suitability.Questionnaire;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The catalogue (anyone), risk assessment and purchases (customers), and product launch (staff). */
@RestController
class WealthController {

    private static final ProblemType PRODUCT_EXISTS = ProblemType.of("product-exists", 409, "产品代码已存在", "Product code exists");

    private final ProductRepository products;
    private final LaunchProduct launchProduct;
    private final Assessments assessments;
    private final PlaceOrder placeOrder;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    WealthController(ProductRepository products, LaunchProduct launchProduct, Assessments assessments, PlaceOrder placeOrder,
                     IdempotentRequests idempotency, Clock clock) {
        this.products = products;
        this.launchProduct = launchProduct;
        this.assessments = assessments;
        this.placeOrder = placeOrder;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @GetMapping("/api/v1/wealth/products")
    Mono<Map<String, Object>> products() {
        Instant now = clock.instant();
        return products.all().map(p -> ProductView.of(p, now, clock)).collectList()
                .map(items -> Map.of("items", items));
    }

    @PostMapping("/api/v1/wealth/risk-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Map<String, Object>> assess(@Valid @RequestBody AssessmentBody body) {
        int level = body.level();
        Instant now = clock.instant();
        Instant validUntil = now.atZone(clock.getZone()).plusYears(1).toInstant();
        return customer().flatMap(caller -> assessments.save(caller.subject(), level, validUntil, now))
                .thenReturn(Map.of("level", "C" + level, "validUntil", validUntil));
    }

    @PostMapping("/api/v1/wealth/orders")
    Mono<ResponseEntity<String>> order(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                       @Valid @RequestBody OrderBody body) {
        BigDecimal amount = body.amount().setScale(2);
        return customer().flatMap(caller -> idempotency.execute(caller.subject(), key, body, () -> placeOrder.place(new OrderRequest(
                        caller.subject(), caller.channel(), body.productCode(), body.accountId(), amount, Boolean.TRUE.equals(body.seniorConfirmation())))
                .<ResponseEntity<?>>map(order -> ResponseEntity.status(HttpStatus.CREATED).body(order))
                .onErrorMap(PlaceOrder.OrderRefused.class, e -> WealthProblems.of(e.refusal()))));
    }

    @PostMapping("/api/v1/ops/wealth/products")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ProductView> launch(@Valid @RequestBody ProductBody body) {
        Product product = body.toProduct();
        return launchProduct.launch(product).flatMap(inserted -> inserted ? Mono.just(ProductView.of(product, clock.instant(), clock))
                : Mono.error(new ApiException(PRODUCT_EXISTS, new Text("产品代码已存在", "A product with this code exists"))));
    }

    static Mono<Caller> customer() {
        return Caller.current().filter(c -> c.has(Caller.CUSTOMER) && c.channel() != null)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("请通过手机银行或网上银行办理", "Please use mobile banking or netbank"))));
    }

    record AssessmentBody(@NotNull @Size(min = 10, max = 10) List<@NotNull @Min(1) @Max(5) Integer> answers) {
        int level() {
            return Questionnaire.level(answers);
        }
    }

    record OrderBody(@NotBlank @Size(max = 32) String productCode, @NotBlank @Size(max = 64) String accountId,
                     @NotNull BigDecimal amount, Boolean seniorConfirmation) {

        OrderBody {
            if (amount != null) {
                AmountInput.positiveFen(amount);
            }
        }
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
                        BigDecimal.ZERO.setScale(2), new LinkedHashSet<>(channels), salesStart.toInstant(), salesEnd.toInstant(), parsed,
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
                       List<String> windows, Integer termDays, BigDecimal expectedYield) {

        static ProductView of(Product p, Instant now, Clock clock) {
            boolean onSale = p.onSale(now, clock.getZone());
            return new ProductView(p.code(), p.name(), "R" + p.riskLevel(), p.minPurchase().toPlainString(), p.step().toPlainString(),
                    p.remainingQuota().toPlainString(), List.copyOf(p.channels()), p.nightMarket(), onSale,
                    onSale ? null : p.nextOpenAt(now, clock.getZone()).map(i -> i.atZone(clock.getZone()).toOffsetDateTime()).orElse(null),
                    p.windows().stream().map(SalesWindow::toString).toList(), p.termDays(), p.expectedYield());
        }
    }

}
