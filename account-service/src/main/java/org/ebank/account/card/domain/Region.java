package org.ebank.account.card.domain;

/**
 * An account's home region: a 6-digit administrative division code (e.g. {@code 440100} 广州市).
 * Same code: same region (同城); the first two digits are the province.
 */
public record Region(String code) {

    public Region {
        if (code == null || !code.matches("[1-9]\\d{5}")) {
            throw new IllegalArgumentException("a region is a 6-digit administrative division code, e.g. 440100");
        }
    }

    public String province() {
        return code.substring(0, 2);
    }
}
