package org.ebank.gateway.limit;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ebank.rate-limits.*}: per client IP on the paths scripts attack (sign-in, enrolment, OTP), and
 * per signed-in customer on everything else; {@code trusted-proxies} are our own load balancers, whose
 * {@code X-Forwarded-For} names the real client.
 */
@ConfigurationProperties("ebank.rate-limits")
public record RateLimits(
        @DefaultValue({"/api/v1/auth/**", "/api/v1/enrolments", "/api/v1/transfers/quotes/*/otp"}) List<String> sensitivePaths,
        Limit sensitive,
        Limit customer,
        @DefaultValue({}) List<String> trustedProxies) {

    /** {@code burst} requests at once, then {@code perSecond}. */
    public record Limit(int burst, double perSecond) {
    }
}
