package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.ebank.biller.BillerSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bill payments (生活缴费) through the gateway on the running system: a customer looks up her power bill and pays it (the
 * 动账 alert names the biller, the result says paid, the KPIs count a netbank transaction), and a payment the biller
 * refuses is recorded and its money released, with a message saying so.
 */
@ExtendWith(RunningSystem.class)
class BillPaymentsIT {

    @Test
    void aCustomerPaysHerPowerBillHasASuspendedNumberRefusedAndReleasedAndReadsBothInHerMessages() throws Exception {
        Api api = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        Payers.Payer payer = Payers.create("1363", 1200, 1, "1000.00").get(0);
        String token = payer.token();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String kpis = "/api/v1/ops/kpis?granularity=DAY&from=" + today + "&to=" + today;
        // the payer's own netbank transfer counted first: the figure no longer moves for a few seconds
        long[] netbankBefore = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            long now = api.get(kpis, staff).body().at("/total/transactions/byChannel/NETBANK/count").asLong(0);
            boolean settled = now == netbankBefore[0];
            netbankBefore[0] = now;
            return settled;
        });

        assertThat(api.get("/api/v1/billers", token).body().findValuesAsText("code")).contains("GZ-WATER", "GZ-POWER", "GZ-GAS",
                "GD-MOBILE");
        String number = "61" + String.format("%08d", System.nanoTime() % 100_000_000);
        String due = BillerSimulator.amountDue("GZ-POWER", number).toPlainString();
        Api.Reply bill = api.get("/api/v1/billers/GZ-POWER/bills/" + number, token);
        assertThat(bill.status()).as(bill.text()).isEqualTo(200);
        assertThat(bill.body().get("amountDue").asText()).isEqualTo(due);

        Api.Reply paid = api.command("/api/v1/bill-payments", token, Map.of("billerCode", "GZ-POWER", "customerNumber", number,
                "accountId", payer.accountId(), "amount", due));
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);
        assertThat(paid.body().get("status").asText()).isEqualTo("PAID");
        String suspended = "62" + String.format("%06d", System.nanoTime() % 1_000_000) + "4444";
        Api.Reply refused = api.command("/api/v1/bill-payments", token, Map.of("billerCode", "GZ-WATER", "customerNumber", suspended,
                "accountId", payer.accountId(), "amount", BillerSimulator.amountDue("GZ-WATER", suspended).toPlainString()));
        assertThat(refused.body().get("status").asText()).as(refused.text()).isEqualTo("REFUSED");

        // from the second card, which holds the 0.01 the payer sent it: refused, nothing held, and she is told
        String gas = "63" + String.format("%08d", System.nanoTime() % 100_000_000);
        Api.Reply failed = api.command("/api/v1/bill-payments", token, Map.of("billerCode", "GZ-GAS", "customerNumber", gas,
                "accountId", payer.secondAccountId(), "amount", BillerSimulator.amountDue("GZ-GAS", gas).toPlainString()));
        assertThat(failed.status()).as(failed.text()).isEqualTo(422);
        assertThat(failed.body().get("type").asText()).endsWith("/insufficient-funds");

        BigDecimal left = new BigDecimal("999.99").subtract(new BigDecimal(due)); // 0.01 paid to the payer's second card before
        Api.Reply card = api.get("/api/v1/accounts", token);
        assertThat(card.body().findValues("balance").stream().map(b -> new BigDecimal(b.asText())).toList())
                .as("the bill taken once, the refused one released").contains(left);
        assertThat(api.get("/api/v1/bill-payments/" + refused.body().get("paymentId").asText(), token).body().get("failureReason").asText())
                .contains("户号已停用");
        assertThat(api.get("/api/v1/bill-payments", token).body().findValuesAsText("status")).containsExactly("FAILED", "REFUSED", "PAID");
        assertThat(api.get("/api/v1/billers/GZ-POWER/bills/" + number, token).body().get("paid").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/v1/messages", token).text())
                .as("the 动账 alert names the biller; the results say paid and refused")
                .contains("支出" + due + "元").contains("广州供电局 电费 户号尾号" + number.substring(number.length() - 4))
                .contains("缴费成功").contains("缴费未成功").contains("冻结的款项已解冻").contains("账户可用余额不足"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get(kpis, staff).body()
                .at("/total/transactions/byChannel/NETBANK/count").asLong()).as("the paid bill, a netbank transaction (not the refused one)")
                .isEqualTo(netbankBefore[0] + 1));
    }
}
