package org.ebank.wealth.holding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A holding a placed order opens: all of its principal left, maturing after the term (none for 日日升). */
public record NewHolding(String id, String orderId, String customerId, String productCode, String accountId,
                         BigDecimal principal, Instant purchasedAt, LocalDate maturityDate) {

    public static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    /** The holding of order {@code ord_…} is {@code hld_…}; a term runs in days from the purchase's day in Shanghai. */
    public static NewHolding of(String orderId, String customerId, String productCode, String accountId, BigDecimal principal,
                                Instant purchasedAt, Integer termDays) {
        LocalDate maturity = termDays == null ? null : LocalDate.ofInstant(purchasedAt, BANK_ZONE).plusDays(termDays);
        return new NewHolding("hld_" + orderId.substring(4), orderId, customerId, productCode, accountId, principal, purchasedAt,
                maturity);
    }
}
