package org.ebank.payment.etc.domain;

import java.time.Instant;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;

/**
 * A vehicle's ETC account bound to a card (绿卡绑定): the toll operator's passages of that plate are taken from that
 * card. {@code holderId} is the card's holder, a customer, or an enterprise for a corporate settlement account (which
 * binds a fleet); {@code channel} is where it was bound.
 */
public record Vehicle(String id, Plate plate, String holderId, String accountId, CardProduct product, String cardLastFour,
                      Channel channel, Instant boundAt) {
}
