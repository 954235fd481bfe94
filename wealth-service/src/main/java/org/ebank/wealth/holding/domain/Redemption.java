package org.ebank.wealth.holding.domain;

/** A 日日升 redemption and whether the money is back on the card: PENDING, DONE or FAILED. */
public record Redemption(String redemptionId, String holdingId, String amount, String status) {
}
