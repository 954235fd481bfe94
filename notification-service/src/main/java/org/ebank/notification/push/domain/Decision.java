package org.ebank.notification.push.domain;

import java.time.Instant;

/** What the recommender decided for one customer: a push to send at {@code sendAfter}, or why there is none. */
public sealed interface Decision {

    record Push(String productCode, String productName, int score, String reason, String reasonEn, Instant sendAfter)
            implements Decision {
    }

    record Skip(Why why) implements Decision {
    }

    enum Why { OPTED_OUT, NO_VALID_ASSESSMENT, DECIDED_TODAY, WEEKLY_LIMIT, NO_SUITABLE_PRODUCT }
}
