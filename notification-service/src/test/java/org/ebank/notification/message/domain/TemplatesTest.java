package org.ebank.notification.message.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private final Templates templates = new Templates(ZoneId.of("Asia/Shanghai"));

    @Test
    void aBalanceChangeReadsInShanghaiTimeWithExactAmountsAndTheCounterpartyAsPosted() {
        Templates.Text text = templates.balanceChange("5678", false, new BigDecimal("12345.60"), new BigDecimal("0.10"),
                "转账给 李* 尾号1234", Instant.parse("2026-11-30T15:30:00Z"));

        assertThat(text.title()).isEqualTo("动账通知");
        assertThat(text.zh()).isEqualTo("您尾号5678的账户于11月30日 23:30支出12,345.60元，余额0.10元（转账给 李* 尾号1234）。");
        assertThat(text.en()).isEqualTo("Account ending 5678: -12,345.60 CNY on 30 Nov 23:30, balance 0.10 CNY.");
    }

    @Test
    void aTransferResultSaysWhatBecameOfTheMoney() {
        assertThat(templates.transferResult("COMPLETED", false, "李四", "尾号1234", new BigDecimal("100.00"), new BigDecimal("2.00"),
                null).zh()).isEqualTo("转账：向李四（尾号1234）100.00元，已成功，手续费2.00元。");
        assertThat(templates.transferResult("FAILED", true, "李四", "尾号1234", new BigDecimal("100.00"), null,
                "INSUFFICIENT_FUNDS").zh()).isEqualTo("预约转账：向李四（尾号1234）100.00元，未成功（INSUFFICIENT_FUNDS），资金未扣划。");
        assertThat(templates.transferResult("RETURNED", false, "李四", "尾号1234", new BigDecimal("100.00"), null, null).title())
                .isEqualTo("转账被退回");
    }

    @Test
    void aCodeForAScheduleSaysItWillRunByItself() {
        assertThat(templates.otp("123456", new BigDecimal("500.00"), "尾号1234", true).zh()).contains("预约转账").contains("自动执行");
        assertThat(templates.otp("123456", new BigDecimal("500.00"), "尾号1234", false).zh()).doesNotContain("预约");
    }
}
