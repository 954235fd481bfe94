package org.ebank.gateway.limit;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ebank.rate-limits.*}: per client IP on the paths scripts attack (sign-in, enrolment, OTP), and
 * per signed-in customer on everything else; {@code trusted-proxies} are our own load balancers, whose
 * {@code X-Forwarded-For} names the real client; {@code redis-url} (e.g. {@code redis://redis:6379}) shares the limits
 * between gateway instances, and without it they live in this gateway's memory.
 */
@ConfigurationProperties("ebank.rate-limits")
public record RateLimits(
        @DefaultValue({"/api/v1/auth/**", "/api/v1/enrolments/**", "/api/v1/transfers/quotes/*/otp",
                "/api/v1/corporate/auth/**", "/api/v1/corporate/activation/**"}) List<String> sensitivePaths,
        Limit sensitive,
        Limit customer,
        @DefaultValue({}) List<String> trustedProxies,
        String redisUrl) {

    /** {@code burst} requests at once, then {@code perSecond}. */
    public record Limit(int burst, double perSecond) {
    }
}
