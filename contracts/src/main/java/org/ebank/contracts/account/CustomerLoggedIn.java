package org.ebank.contracts.account;

import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/** A customer signed in; {@code newDevice} is a mobile login from a device never used before (a security alert). */
public record CustomerLoggedIn(String customerId, Channel channel, @Nullable String deviceId, boolean newDevice, Instant loggedInAt) {
}
