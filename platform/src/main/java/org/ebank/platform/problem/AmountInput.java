package org.ebank.platform.problem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The check every money-carrying request makes on its amount, with the one error the app shows for it. */
public final class AmountInput {

    /** Ten trillion yuan: far above any limit, far below what the ledger's numeric(19,2) holds. */
    private static final BigDecimal CEILING = new BigDecimal("10000000000000");
    private static final Text RULE = new Text("金额须为正数，最多两位小数，且小于10万亿元",
            "The amount is positive, with at most two decimals, below 10 trillion");

    private AmountInput() {
    }

    /** The amount at fen scale, or a 400 invalid-request naming the field {@code amount}. */
    public static BigDecimal positiveFen(BigDecimal amount) {
        if (!isPositiveFen(amount)) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, RULE,
                    Map.of("errors", List.of(Map.of("field", "amount", "message", "positive, at most two decimals"))));
        }
        return amount.setScale(2);
    }

    /** Whether {@code amount} is a positive amount of whole fen below the ceiling, as {@link #positiveFen} takes. */
    public static boolean isPositiveFen(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(CEILING) < 0;
    }
}
