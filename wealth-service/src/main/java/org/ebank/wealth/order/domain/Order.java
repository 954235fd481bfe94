package org.ebank.wealth.order.domain;

/** A purchase as the customer is told of it: PLACED, or PENDING while the ledger's answer is awaited. */
public record Order(String orderId, String productCode, String accountId, String amount, String status) {
}
