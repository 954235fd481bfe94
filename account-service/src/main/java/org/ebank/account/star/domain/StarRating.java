package org.ebank.account.star.domain;

import org.ebank.contracts.value.Money;

/**
 * 易汇通卡 star level from liquid assets (current balance plus 日日升 holdings): at least {@code oneStar}
 * for one star, {@code twoStars} for two, {@code threeStars} for three.
 */
public record StarRating(Money oneStar, Money twoStars, Money threeStars) {

    public StarRating {
        if (twoStars.isLessThan(oneStar) || threeStars.isLessThan(twoStars)) {
            throw new IllegalArgumentException("star thresholds must rise: one <= two <= three");
        }
    }

    public int levelFor(Money liquidAssets) {
        if (!liquidAssets.isLessThan(threeStars)) {
            return 3;
        }
        if (!liquidAssets.isLessThan(twoStars)) {
            return 2;
        }
        return liquidAssets.isLessThan(oneStar) ? 0 : 1;
    }
}
