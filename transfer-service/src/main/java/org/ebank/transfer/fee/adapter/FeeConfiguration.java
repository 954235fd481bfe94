package org.ebank.transfer.fee.adapter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeCalculator;
import org.ebank.transfer.fee.domain.FeeRule;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.QuotaPeriod;
import org.ebank.transfer.fee.domain.RateFee;
import org.ebank.transfer.fee.domain.Tariff;
import org.ebank.transfer.fee.domain.rules.JinhuiCrossRegionWithdrawal;
import org.ebank.transfer.fee.domain.rules.MobileInterbankCampaign;
import org.ebank.transfer.fee.domain.rules.QingnianFamilyCrossRegion;
import org.ebank.transfer.fee.domain.rules.QingnianScheduledCrossRegion;
import org.ebank.transfer.fee.domain.rules.XiangqingCrossRegionCash;
import org.ebank.transfer.fee.domain.rules.XiangqingScheduledCrossRegion;
import org.ebank.transfer.fee.domain.rules.YihuitongStarInterbank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tariff and the waiver rules, from configuration ({@code ebank.tariff.*}, {@code ebank.waivers.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FeeConfiguration.TariffProperties.class, FeeConfiguration.WaiverProperties.class})
class FeeConfiguration {

    @Bean
    Tariff tariff(TariffProperties t) {
        List<Tariff.Tier> tiers = t.interbankTiers().stream()
                .map(tier -> new Tariff.Tier(new Money(tier.upTo()), new Money(tier.fee()))).toList();
        return new Tariff(t.crossRegion().toFee(), tiers, t.interbankAbove().toFee(), t.crossRegionCash().toFee());
    }

    @Bean
    FeeCalculator feeCalculator(WaiverProperties w) {
        List<FeeRule> rules = new ArrayList<>();
        rules.add(new XiangqingScheduledCrossRegion(new FreeUses(w.xiangqingScheduledCrossRegionPerYear(), QuotaPeriod.YEAR)));
        rules.add(new XiangqingCrossRegionCash(new FreeUses(w.xiangqingCrossRegionCashPerMonth(), QuotaPeriod.MONTH)));
        rules.add(new QingnianFamilyCrossRegion(new FreeUses(w.qingnianFamilyCrossRegionPerMonth(), QuotaPeriod.MONTH)));
        rules.add(new QingnianScheduledCrossRegion(new FreeUses(w.qingnianScheduledCrossRegionPerYear(), QuotaPeriod.YEAR)));
        rules.add(new JinhuiCrossRegionWithdrawal(new FreeUses(w.jinhuiCrossRegionWithdrawalsPerMonth(), QuotaPeriod.MONTH)));
        rules.add(new YihuitongStarInterbank(w.yihuitongInterbankDiscountByStars()));
        if (w.mobileInterbankCampaign().enabled()) {
            rules.add(new MobileInterbankCampaign(w.mobileInterbankCampaign().start(), w.mobileInterbankCampaign().end()));
        }
        return new FeeCalculator(rules);
    }

    /** {@code ebank.tariff.*}: base fees before waivers. */
    @ConfigurationProperties("ebank.tariff")
    record TariffProperties(Rate crossRegion, List<Tier> interbankTiers, Rate interbankAbove, Rate crossRegionCash) {
    }

    record Rate(BigDecimal rate, BigDecimal min, BigDecimal max) {
        RateFee toFee() {
            return new RateFee(rate, min == null ? null : new Money(min), max == null ? null : new Money(max));
        }
    }

    record Tier(BigDecimal upTo, BigDecimal fee) {
    }

    /** {@code ebank.waivers.*}: the card benefits and the campaign. */
    @ConfigurationProperties("ebank.waivers")
    record WaiverProperties(
            @DefaultValue("12") int xiangqingScheduledCrossRegionPerYear,
            @DefaultValue("2") int xiangqingCrossRegionCashPerMonth,
            @DefaultValue("3") int qingnianFamilyCrossRegionPerMonth,
            @DefaultValue("12") int qingnianScheduledCrossRegionPerYear,
            @DefaultValue("2") int jinhuiCrossRegionWithdrawalsPerMonth,
            Map<Integer, BigDecimal> yihuitongInterbankDiscountByStars,
            @DefaultValue Campaign mobileInterbankCampaign) {
    }

    /** Dates are inclusive; none means always on. */
    record Campaign(@DefaultValue("true") boolean enabled, LocalDate start, LocalDate end) {
    }
}
