package org.ebank.notification.message.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    private final Preferences defaults = Preferences.defaults();

    @Test
    void aBalanceChangeGoesOutBySmsFromTheThresholdOnAndCodesAndSecurityAlwaysDo() {
        assertThat(defaults.wantsSms(Category.TRANSACTION, new BigDecimal("500.00"))).isTrue();
        assertThat(defaults.wantsSms(Category.TRANSACTION, new BigDecimal("499.99"))).isFalse();
        assertThat(defaults.wantsSms(Category.OTP, null)).isTrue();
        assertThat(defaults.wantsSms(Category.SECURITY, null)).isTrue();
        assertThat(defaults.wantsSms(Category.MARKETING, new BigDecimal("100000.00"))).isFalse();

        Preferences noSms = new Preferences(new BigDecimal("500.00"), false, false, LocalTime.of(22, 0), LocalTime.of(8, 0), true);
        assertThat(noSms.wantsSms(Category.TRANSACTION, new BigDecimal("9999.00"))).isFalse();
        assertThat(noSms.wantsSms(Category.SECURITY, null)).as("a new device is always told").isTrue();
        assertThat(noSms.wantsPush(Category.SECURITY)).isTrue();
        assertThat(noSms.wantsPush(Category.TRANSACTION)).isFalse();
        assertThat(defaults.wantsPush(Category.OTP)).as("a code never travels by push").isFalse();
    }

    @Test
    void quietHoursMayRunOverMidnight() {
        assertThat(defaults.isQuiet(LocalTime.of(22, 0))).isTrue();
        assertThat(defaults.isQuiet(LocalTime.of(3, 0))).isTrue();
        assertThat(defaults.isQuiet(LocalTime.of(8, 0))).isFalse();
        assertThat(defaults.isQuiet(LocalTime.of(21, 59))).isFalse();

        Preferences lunch = new Preferences(new BigDecimal("500.00"), true, true, LocalTime.of(12, 0), LocalTime.of(13, 0), false);
        assertThat(lunch.isQuiet(LocalTime.of(12, 30))).isTrue();
        assertThat(lunch.isQuiet(LocalTime.of(13, 0))).isFalse();
    }
}
