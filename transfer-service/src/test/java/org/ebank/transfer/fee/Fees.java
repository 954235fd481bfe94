package org.ebank.transfer.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeCalculator;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.QuotaPeriod;
import org.ebank.transfer.fee.domain.RateFee;
import org.ebank.transfer.fee.domain.Tariff;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.fee.domain.rules.JinhuiCrossRegionWithdrawal;
import org.ebank.transfer.fee.domain.rules.MobileInterbankCampaign;
import org.ebank.transfer.fee.domain.rules.QingnianFamilyCrossRegion;
import org.ebank.transfer.fee.domain.rules.QingnianScheduledCrossRegion;
import org.ebank.transfer.fee.domain.rules.XiangqingCrossRegionCash;
import org.ebank.transfer.fee.domain.rules.XiangqingScheduledCrossRegion;
import org.ebank.transfer.fee.domain.rules.YihuitongStarInterbank;
import org.ebank.transfer.kernel.domain.CardFacts;

/** Test data: the bank's default tariff and rules, and cards built one fact at a time. */
public final class Fees {

    public static final Tariff TARIFF = new Tariff(
            new RateFee(new BigDecimal("0.005"), Money.of("2.00"), Money.of("50.00")),
            List.of(new Tariff.Tier(Money.of("10000"), Money.of("5.00")), new Tariff.Tier(Money.of("100000"), Money.of("10.00")),
                    new Tariff.Tier(Money.of("500000"), Money.of("15.00")), new Tariff.Tier(Money.of("1000000"), Money.of("20.00"))),
            new RateFee(new BigDecimal("0.00002"), null, Money.of("200.00")),
            new RateFee(new BigDecimal("0.005"), Money.of("2.00"), Money.of("50.00")));

    public static final FeeCalculator CALCULATOR = new FeeCalculator(List.of(
            new XiangqingScheduledCrossRegion(new FreeUses(12, QuotaPeriod.YEAR)),
            new XiangqingCrossRegionCash(new FreeUses(2, QuotaPeriod.MONTH)),
            new QingnianFamilyCrossRegion(new FreeUses(3, QuotaPeriod.MONTH)),
            new QingnianScheduledCrossRegion(new FreeUses(12, QuotaPeriod.YEAR)),
            new JinhuiCrossRegionWithdrawal(new FreeUses(2, QuotaPeriod.MONTH)),
            new YihuitongStarInterbank(Map.of(1, new BigDecimal("0.5"), 2, BigDecimal.ONE, 3, BigDecimal.ONE)),
            new MobileInterbankCampaign(null, null)));

    private Fees() {
    }

    public static CardBuilder aCard() {
        return new CardBuilder();
    }

    public static FeeContext transfer(CardFacts payer, CardFacts payee, CardFacts feeCard, String amount, boolean scheduled,
                                      String channel) {
        TransferKind kind = payee == null ? TransferKind.INTERBANK
                : payer.region().equals(payee.region()) ? TransferKind.SAME_REGION : TransferKind.CROSS_REGION;
        Money money = Money.of(amount);
        return new FeeContext(Operation.TRANSFER, kind, money, TARIFF.baseFee(Operation.TRANSFER, kind, money), feeCard,
                payer, payee, scheduled, Channel.valueOf(channel), LocalDate.of(2026, 11, 27));
    }

    public static FeeContext cash(Operation operation, CardFacts card, String region, String amount) {
        TransferKind kind = card.region().equals(region) ? TransferKind.SAME_REGION : TransferKind.CROSS_REGION;
        Money money = Money.of(amount);
        return new FeeContext(operation, kind, money, TARIFF.baseFee(operation, kind, money), card, card, null, false,
                Channel.ATM, LocalDate.of(2026, 11, 27));
    }

    public static final class CardBuilder {
        private String id = "acc-" + System.nanoTime();
        private CardProduct product = CardProduct.STANDARD;
        private String region = "440100";
        private String family;
        private int stars;

        public CardBuilder id(String value) { id = value; return this; }
        public CardBuilder xiangqing() { product = CardProduct.XIANGQING; return this; }
        public CardBuilder qingnian() { product = CardProduct.QINGNIAN; return this; }
        public CardBuilder jinhui() { product = CardProduct.JINHUI; return this; }
        public CardBuilder yihuitong(int starLevel) { product = CardProduct.YIHUITONG; stars = starLevel; return this; }
        public CardBuilder in(String regionCode) { region = regionCode; return this; }
        public CardBuilder family(String accountId) { family = accountId; return this; }

        public CardFacts build() {
            return new CardFacts(id, product, region, family, stars);
        }
    }
}
