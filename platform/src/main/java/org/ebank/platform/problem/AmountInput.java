package org.ebank.platform.problem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The check every money-carrying request makes on its amount, with the one error the app shows for it. */
public final class AmountInput {

    private static final Text RULE = new Text("金额须为正数，最多两位小数", "The amount is positive with at most two decimals");

    private AmountInput() {
    }

    /** The amount at fen scale, or a 400 invalid-request naming the field {@code amount}. */
    public static BigDecimal positiveFen(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, RULE,
                    Map.of("errors", List.of(Map.of("field", "amount", "message", "positive, at most two decimals"))));
        }
        return amount.setScale(2);
    }
}
