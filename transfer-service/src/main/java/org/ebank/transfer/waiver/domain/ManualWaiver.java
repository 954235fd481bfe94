package org.ebank.transfer.waiver.domain;

import java.time.Instant;

/** A fee given back by hand; {@code operationId} is the transfer's or the cash operation's. */
public record ManualWaiver(String operationId, String staffId, String reason, String refunded, Instant waivedAt) {
}
