package org.ebank.account.customer.domain;

import java.util.UUID;

/** An opaque customer id. */
public record CustomerId(String value) {

    public CustomerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("customer id is required");
        }
    }

    public static CustomerId newId() {
        return new CustomerId("cus_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
