package org.ebank.transfer.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ebank.transfer.fee.Fees.CALCULATOR;
import static org.ebank.transfer.fee.Fees.TARIFF;
import static org.ebank.transfer.fee.Fees.aCard;
import static org.ebank.transfer.fee.Fees.cash;
import static org.ebank.transfer.fee.Fees.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeCalculator;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.FeeRule;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.QuotaPeriod;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.kernel.domain.CardFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeRulesTest {

    private static final CardFacts GUANGZHOU = aCard().in("440100").build();
    private static final CardFacts ZHENGZHOU = aCard().in("410100").build();

    @ParameterizedTest(name = "cross-region {0} pays {1}")
    @CsvSource({"100.00,2.00", "400.00,2.00", "1000.00,5.00", "1001.00,5.01", "1000.99,5.00", "9999.00,50.00", "10000.00,50.00",
            "500000.00,50.00"})
    void crossRegionTransfersPayHalfAPercentBetweenTwoAndFifty(String amount, String fee) {
        assertThat(TARIFF.baseFee(Operation.TRANSFER, TransferKind.CROSS_REGION, Money.of(amount))).isEqualTo(Money.of(fee));
    }

    @ParameterizedTest(name = "interbank {0} pays {1}")
    @CsvSource({"0.01,5.00", "10000.00,5.00", "10000.01,10.00", "100000.00,10.00", "100000.01,15.00", "500000.00,15.00",
            "500000.01,20.00", "1000000.00,20.00", "1000000.01,20.00", "1500000.00,30.00", "10000000.00,200.00", "99000000.00,200.00"})
    void interbankTransfersPayByTier(String amount, String fee) {
        assertThat(TARIFF.baseFee(Operation.TRANSFER, TransferKind.INTERBANK, Money.of(amount))).isEqualTo(Money.of(fee));
    }

    @Test
    void sameRegionTransfersAreAlwaysFree() {
        FeeQuote quote = CALCULATOR.quote(transfer(GUANGZHOU, aCard().in("440100").build(), GUANGZHOU, "50000.00", false, "NETBANK"),
                w -> 0);
        assertThat(quote.fee()).isEqualTo(Money.ZERO);
        assertThat(quote.waiver()).isNull();
    }

    @Test
    void theTwelfthScheduledXiangqingCrossRegionTransferIsFreeAndTheThirteenthPays() {
        CardFacts xiangqing = aCard().xiangqing().in("410100").build();
        var context = transfer(xiangqing, GUANGZHOU, xiangqing, "1000.00", true, "MOBILE");

        FeeQuote twelfth = CALCULATOR.quote(context, w -> 1);
        assertThat(twelfth.fee()).isEqualTo(Money.ZERO);
        assertThat(twelfth.waiver().rule()).isEqualTo("XIANGQING_SCHEDULED_CROSS_REGION");
        assertThat(twelfth.remainingFreeUses()).isZero();

        FeeQuote thirteenth = CALCULATOR.quote(context, w -> 0);
        assertThat(thirteenth.fee()).isEqualTo(Money.of("5.00"));
        assertThat(thirteenth.waiver()).isNull();
    }

    @Test
    void anUnscheduledXiangqingTransferOrOneWhoseFeeAnotherCardPaysIsNotWaived() {
        CardFacts xiangqing = aCard().xiangqing().in("410100").build();
        assertThat(CALCULATOR.quote(transfer(xiangqing, GUANGZHOU, xiangqing, "1000.00", false, "MOBILE"), w -> 12).waiver()).isNull();
        CardFacts other = aCard().in("410100").build();
        assertThat(CALCULATOR.quote(transfer(xiangqing, GUANGZHOU, other, "1000.00", true, "MOBILE"), w -> 12).waiver()).isNull();
    }

    @Test
    void aQingnianCardAsPayeeWithTheFeeChargedToItUsesItsScheduledQuota() {
        CardFacts qingnian = aCard().qingnian().in("440100").build();
        FeeQuote quote = CALCULATOR.quote(transfer(ZHENGZHOU, qingnian, qingnian, "800.00", true, "NETBANK"), w -> 12);
        assertThat(quote.fee()).isEqualTo(Money.ZERO);
        assertThat(quote.waiver().rule()).isEqualTo("QINGNIAN_SCHEDULED_CROSS_REGION");
        assertThat(quote.remainingFreeUses()).isEqualTo(11);
    }

    @Test
    void qingnianFamilyTransfersAreFreeEitherWayAndTheFourthInAMonthPays() {
        CardFacts parent = aCard().id("parent").in("410100").build();
        CardFacts qingnian = aCard().qingnian().family("parent").in("440100").build();

        assertThat(CALCULATOR.quote(transfer(qingnian, parent, qingnian, "500.00", false, "MOBILE"), w -> 3).fee())
                .isEqualTo(Money.ZERO);
        assertThat(CALCULATOR.quote(transfer(parent, qingnian, qingnian, "500.00", false, "MOBILE"), w -> 1).fee())
                .isEqualTo(Money.ZERO);
        FeeQuote fourth = CALCULATOR.quote(transfer(qingnian, parent, qingnian, "500.00", false, "MOBILE"), w -> 0);
        assertThat(fourth.fee()).isEqualTo(Money.of("2.50"));
        assertThat(CALCULATOR.quote(transfer(qingnian, ZHENGZHOU, qingnian, "500.00", false, "MOBILE"), w -> 3).waiver())
                .as("not the family account").isNull();
    }

    @Test
    void theThirdJinhuiCrossRegionWithdrawalInAMonthPaysAndDepositsAreNotWaived() {
        CardFacts jinhui = aCard().jinhui().in("440100").build();
        assertThat(CALCULATOR.quote(cash(Operation.CASH_WITHDRAWAL, jinhui, "410100", "1000.00"), w -> 1).fee()).isEqualTo(Money.ZERO);
        assertThat(CALCULATOR.quote(cash(Operation.CASH_WITHDRAWAL, jinhui, "410100", "1000.00"), w -> 0).fee())
                .isEqualTo(Money.of("5.00"));
        assertThat(CALCULATOR.quote(cash(Operation.CASH_DEPOSIT, jinhui, "410100", "1000.00"), w -> 2).fee())
                .isEqualTo(Money.of("5.00"));
        assertThat(CALCULATOR.quote(cash(Operation.CASH_WITHDRAWAL, jinhui, "440100", "1000.00"), w -> 2).fee())
                .as("same region cash is free").isEqualTo(Money.ZERO);
    }

    @Test
    void xiangqingCrossRegionDepositsAndWithdrawalsShareOneQuota() {
        CardFacts xiangqing = aCard().xiangqing().in("410100").build();
        var deposit = CALCULATOR.quote(cash(Operation.CASH_DEPOSIT, xiangqing, "440100", "2000.00"), w -> 2);
        var withdrawal = CALCULATOR.quote(cash(Operation.CASH_WITHDRAWAL, xiangqing, "440100", "2000.00"), w -> 1);
        assertThat(deposit.waiver().rule()).isEqualTo(withdrawal.waiver().rule());
        assertThat(withdrawal.remainingFreeUses()).isZero();
    }

    @Test
    void yihuitongStarsDiscountInterbankFeesOnNetbank() {
        assertThat(interbankFee(aCard().yihuitong(0).build(), "20000.00", "NETBANK")).isEqualTo(Money.of("10.00"));
        assertThat(interbankFee(aCard().yihuitong(1).build(), "20000.00", "NETBANK")).isEqualTo(Money.of("5.00"));
        assertThat(interbankFee(aCard().yihuitong(1).build(), "5000.00", "NETBANK")).isEqualTo(Money.of("2.50"));
        assertThat(interbankFee(aCard().yihuitong(2).build(), "200000.00", "NETBANK")).isEqualTo(Money.ZERO);
        assertThat(interbankFee(aCard().yihuitong(3).build(), "200000.00", "NETBANK")).isEqualTo(Money.ZERO);
    }

    @Test
    void mobileInterbankTransfersAreFreeWhileTheSameFromNetbankPaysTheTier() {
        assertThat(interbankFee(GUANGZHOU, "20000.00", "MOBILE")).isEqualTo(Money.ZERO);
        assertThat(interbankFee(GUANGZHOU, "20000.00", "NETBANK")).isEqualTo(Money.of("10.00"));
    }

    @Test
    void theCampaignRunsBetweenItsDatesOnly() {
        var campaign = new FeeCalculator(List.of(new org.ebank.transfer.fee.domain.rules.MobileInterbankCampaign(
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))));
        assertThat(campaign.quote(transfer(GUANGZHOU, null, GUANGZHOU, "100.00", false, "MOBILE"), w -> 0).fee())
                .as("27 November is before the campaign").isEqualTo(Money.of("5.00"));
    }

    @Test
    void whenWaiversTieTheOneThatSpendsNoFreeUseWins() {
        FeeRule withQuota = rule("QUOTA", new FreeUses(3, QuotaPeriod.MONTH));
        FeeRule withoutQuota = rule("FREE", null);
        var calculator = new FeeCalculator(List.of(withQuota, withoutQuota));
        FeeQuote quote = calculator.quote(transfer(GUANGZHOU, ZHENGZHOU, GUANGZHOU, "1000.00", false, "NETBANK"), w -> 3);
        assertThat(quote.waiver().rule()).isEqualTo("FREE");
        assertThat(quote.remainingFreeUses()).isNull();
    }

    private static Money interbankFee(CardFacts card, String amount, String channel) {
        return CALCULATOR.quote(transfer(card, null, card, amount, false, channel), w -> 0).fee();
    }

    private static FeeRule rule(String name, FreeUses quota) {
        return new FeeRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean concerns(CardFacts card) {
                return true;
            }

            @Override
            public Optional<Waiver> apply(org.ebank.transfer.fee.domain.FeeContext context) {
                return Optional.of(new Waiver(name, Money.ZERO, quota));
            }
        };
    }
}
