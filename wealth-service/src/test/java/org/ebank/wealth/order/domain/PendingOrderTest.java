package org.ebank.wealth.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.ebank.contracts.wealth.OrderFailed;
import org.ebank.contracts.wealth.OrderPlaced;
import org.ebank.wealth.order.domain.PendingOrder.Settlement;
import org.ebank.wealth.product.domain.Product;
import org.junit.jupiter.api.Test;

class PendingOrderTest {

    /** 23:30 in Shanghai on 30 November: the purchase's day there, not in UTC, starts the term. */
    private static final Instant LATE_EVENING = Instant.parse("2026-11-30T15:30:00Z");

    @Test
    void itsPostingTakesTheAmountFromTheCardIntoWealthSettlementUnderTheOrdersId() {
        PendingOrder order = order("5000.00");

        assertThat(order.posting(product(90)).postingId()).isEqualTo("ord_1");
        assertThat(order.posting(product(90)).channel()).isEqualTo(Channel.MOBILE);
        assertThat(order.posting(product(90)).legs()).containsExactly(
                new Leg("acc-1", Direction.DEBIT, "5000.00", "申购 稳健90天"),
                new Leg(InternalAccounts.WEALTH_SETTLEMENT, Direction.CREDIT, "5000.00", null));
    }

    @Test
    void placedItOpensAHoldingMaturingAfterTheTermCountedFromTheShanghaiDay() {
        Settlement placed = order("5000.00").placed(product(90));

        assertThat(placed.placed()).isTrue();
        assertThat(placed.event()).isInstanceOf(OrderPlaced.class);
        assertThat(placed.holding().id()).isEqualTo("hld_1");
        assertThat(placed.holding().principal()).isEqualByComparingTo("5000.00");
        assertThat(placed.holding().maturityDate()).isEqualTo(LocalDate.of(2026, 11, 30).plusDays(90));
        assertThat(placed.event().status()).isEqualTo("PLACED");
        assertThat(placed.event().failureReason()).isNull();
        assertThat(order("5000.00").placed(product(null)).holding().maturityDate()).as("日日升 never matures").isNull();
    }

    @Test
    void failedItOpensNothingAndTellsWhy() {
        Settlement failed = order("5000.00").failed(product(90), "INSUFFICIENT_FUNDS");

        assertThat(failed.placed()).isFalse();
        assertThat(failed.holding()).isNull();
        assertThat(failed.event()).isInstanceOf(OrderFailed.class);
        assertThat(failed.event().failureReason()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(order("5000.00").view("PENDING")).isEqualTo(new Order("ord_1", "WJ90", "acc-1", "5000.00", "PENDING"));
    }

    private static PendingOrder order(String amount) {
        return new PendingOrder("ord_1", new OrderRequest("c-1", Channel.MOBILE, "WJ90", "acc-1", Money.of(amount), false),
                LATE_EVENING);
    }

    private static Product product(Integer termDays) {
        return new Product("WJ90", "稳健90天", 2, new BigDecimal("1000.00"), new BigDecimal("1000.00"), new BigDecimal("1000000.00"),
                BigDecimal.ZERO, Set.of(Channel.MOBILE), Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-12-31T00:00:00Z"),
                List.of(), termDays, termDays == null ? null : new BigDecimal("0.0300"), false);
    }
}
