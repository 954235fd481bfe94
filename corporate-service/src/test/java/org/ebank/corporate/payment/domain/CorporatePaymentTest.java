package org.ebank.corporate.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ebank.contracts.value.Money;
import org.junit.jupiter.api.Test;

class CorporatePaymentTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void belowTheThresholdOneCheckerFromItTwoDifferentOnes() {
        assertThat(ApprovalRule.DEFAULT.approvalsFor(Money.of("49999.99"))).isEqualTo(1);
        assertThat(ApprovalRule.DEFAULT.approvalsFor(Money.of("50000.00"))).isEqualTo(2);
        assertThat(new ApprovalRule(Money.of("10000.00")).approvalsFor(Money.of("10000.00"))).as("per enterprise").isEqualTo(2);

        CorporatePayment payment = submitted("50000.00");
        CorporatePayment.Step first = payment.approve("chk1", NOW.plusSeconds(60));
        assertThat(first.payment().status()).isEqualTo(CorporatePayment.Status.PENDING_APPROVAL);
        assertThat(first.payment().approve("chk1", NOW.plusSeconds(61)).refusal())
                .as("one checker counts once").isEqualTo(CorporatePayment.Refusal.ALREADY_APPROVED);
        CorporatePayment.Step second = first.payment().approve("chk2", NOW.plusSeconds(62));
        assertThat(second.payment().status()).isEqualTo(CorporatePayment.Status.APPROVED);
        assertThat(second.payment().approvedBy()).containsExactly("chk1", "chk2");
        assertThat(second.payment().approve("chk3", NOW.plusSeconds(63)).refusal()).isEqualTo(CorporatePayment.Refusal.NOT_PENDING);

        assertThat(submitted("49999.99").approve("chk1", NOW.plusSeconds(60)).payment().status())
                .isEqualTo(CorporatePayment.Status.APPROVED);
    }

    @Test
    void aMakerNeverApprovesOrRejectsTheirOwnPaymentAndOnlyTheirMakerSubmitsIt() {
        CorporatePayment quoted = quoted("1000.00");
        assertThat(quoted.submit("mkr2", NOW).refusal()).isEqualTo(CorporatePayment.Refusal.NOT_YOURS);
        assertThat(quoted.approve("chk1", NOW).refusal()).as("not submitted yet").isEqualTo(CorporatePayment.Refusal.NOT_PENDING);
        CorporatePayment payment = submitted("1000.00");
        assertThat(payment.approve("mkr1", NOW).refusal()).isEqualTo(CorporatePayment.Refusal.OWN_PAYMENT);
        assertThat(payment.reject("mkr1", "自己退回", NOW).refusal()).isEqualTo(CorporatePayment.Refusal.OWN_PAYMENT);
        assertThat(payment.submit("mkr1", NOW).changed()).as("submitting again changes nothing").isFalse();
        CorporatePayment rejected = payment.reject("chk1", "金额有误", NOW).payment();
        assertThat(rejected.status()).isEqualTo(CorporatePayment.Status.REJECTED);
        assertThat(rejected.reason()).isEqualTo("金额有误");
        assertThat(rejected.approve("chk2", NOW).refusal()).isEqualTo(CorporatePayment.Refusal.NOT_PENDING);
    }

    @Test
    void anOperatorStartedOverLeavesNoPendingPartBehindTheirPaymentIsWithdrawnTheirApprovalNoLongerCounts() {
        CorporatePayment halfApproved = submitted("50000.00").approve("chk1", NOW).payment();
        CorporatePayment waiting = halfApproved.withoutPartOf("chk1", NOW.plusSeconds(5)).orElseThrow();
        assertThat(waiting.status()).isEqualTo(CorporatePayment.Status.PENDING_APPROVAL);
        assertThat(waiting.approvedBy()).as("it waits for two checkers again").isEmpty();
        assertThat(waiting.approve("chk2", NOW.plusSeconds(6)).payment().status()).isEqualTo(CorporatePayment.Status.PENDING_APPROVAL);
        assertThat(halfApproved.withoutPartOf("chk2", NOW)).as("no part in it").isEmpty();

        CorporatePayment withdrawn = halfApproved.withoutPartOf("mkr1", NOW.plusSeconds(5)).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(CorporatePayment.Status.WITHDRAWN);
        assertThat(withdrawn.status().isFinal()).isTrue();
        assertThat(withdrawn.reason()).isEqualTo(CorporatePayment.WITHDRAWN_ON_RESET);
        assertThat(withdrawn.approve("chk2", NOW.plusSeconds(6)).refusal()).isEqualTo(CorporatePayment.Refusal.NOT_PENDING);
        assertThat(quoted("100.00").withoutPartOf("mkr1", NOW).orElseThrow().status()).as("a quote too")
                .isEqualTo(CorporatePayment.Status.WITHDRAWN);

        CorporatePayment approved = submitted("100.00").approve("chk1", NOW).payment();
        assertThat(approved.status()).isEqualTo(CorporatePayment.Status.APPROVED);
        assertThat(approved.withoutPartOf("chk1", NOW)).as("approved as the rule asks: it is posted").isEmpty();
        assertThat(approved.withoutPartOf("mkr1", NOW)).isEmpty();
    }

    @Test
    void aRuleTightenedMeanwhileRaisesThePaymentsApprovalsAndOneLoosenedNeverLowersThem() {
        CorporatePayment payment = submitted("20000.00");
        assertThat(payment.requiredApprovals()).isEqualTo(1);
        CorporatePayment tightened = payment.requiring(new ApprovalRule(Money.of("10000.00")).approvalsFor(payment.amount()));
        assertThat(tightened.requiredApprovals()).isEqualTo(2);
        assertThat(tightened.approve("chk1", NOW).payment().status()).isEqualTo(CorporatePayment.Status.PENDING_APPROVAL);
        assertThat(submitted("60000.00").requiring(1).requiredApprovals()).isEqualTo(2);
    }

    @Test
    void aQuoteLastsTenMinutesAndAPaymentAwaitingApprovalTwentyFourHours() {
        assertThat(quoted("1000.00").submit("mkr1", NOW.plus(Duration.ofMinutes(10))).refusal())
                .isEqualTo(CorporatePayment.Refusal.EXPIRED);
        CorporatePayment payment = submitted("1000.00");
        assertThat(payment.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(payment.approve("chk1", NOW.plus(Duration.ofHours(24)).minusSeconds(1)).refusal()).isNull();
        assertThat(payment.approve("chk1", NOW.plus(Duration.ofHours(24))).refusal()).isEqualTo(CorporatePayment.Refusal.EXPIRED);
        assertThat(payment.isExpired(NOW.plus(Duration.ofHours(24)))).isTrue();
    }

    @Test
    void theBaseTariffIsFreeInTheRegionAndHalfAPercentBetweenTwoAndFiftyAcross() {
        assertThat(quoted("1000000.00").fee()).isEqualTo(Money.ZERO);
        assertThat(BaseTariff.fee(PaymentKind.SAME_BANK_CROSS_REGION, Money.of("100.00"))).isEqualTo(Money.of("2.00"));
        assertThat(BaseTariff.fee(PaymentKind.SAME_BANK_CROSS_REGION, Money.of("1000.00"))).isEqualTo(Money.of("5.00"));
        assertThat(BaseTariff.fee(PaymentKind.SAME_BANK_CROSS_REGION, Money.of("1234.57"))).as("6.17285, half up").isEqualTo(Money.of("6.17"));
        assertThat(BaseTariff.fee(PaymentKind.SAME_BANK_CROSS_REGION, Money.of("10001.00"))).isEqualTo(Money.of("50.00"));
        assertThat(PaymentKind.between("440100", "110000")).isEqualTo(PaymentKind.SAME_BANK_CROSS_REGION);
    }

    @Test
    void toAnotherBankTheFeeGoesByTheAmountsTierAndAPostedPaymentWaitsForClearing() {
        for (String[] tier : new String[][] {{"0.01", "5.00"}, {"10000.00", "5.00"}, {"10000.01", "10.00"}, {"100000.00", "10.00"},
                {"500000.00", "15.00"}, {"1000000.00", "20.00"}, {"1000000.01", "20.00"}, {"5000000.00", "100.00"},
                {"99999999.99", "200.00"}}) {
            assertThat(BaseTariff.fee(PaymentKind.INTERBANK, Money.of(tier[0]))).as(tier[0]).isEqualTo(Money.of(tier[1]));
        }
        CorporatePayment interbank = CorporatePayment.quotedInterbank("cpay_2", "ent_1", "广州某公司", "mkr1", "cacc_1", "ICBC",
                "6222020200112233445", "外行", Money.of("20000.00"), null, ApprovalRule.DEFAULT, NOW);
        assertThat(interbank.payeeMasked()).isEqualTo("尾号3445");
        assertThat(interbank.toString()).as("no whole account number in logs").doesNotContain("6222020200112233445");
        CorporatePayment approved = interbank.submit("mkr1", NOW).payment().approve("chk1", NOW).payment();
        CorporatePayment posted = approved.posted(NOW);
        assertThat(posted.status()).isEqualTo(CorporatePayment.Status.PENDING_CLEARING);
        assertThat(posted.status().isFinal()).isFalse();
        assertThat(posted.settled(NOW).status()).isEqualTo(CorporatePayment.Status.COMPLETED);
        assertThat(posted.returned("ACCOUNT_CLOSED", NOW).reason()).isEqualTo("ACCOUNT_CLOSED");
        assertThat(submitted("100.00").approve("chk1", NOW).payment().posted(NOW).status()).as("here: paid at once")
                .isEqualTo(CorporatePayment.Status.COMPLETED);
    }

    private static CorporatePayment quoted(String amount) {
        return CorporatePayment.quoted("cpay_1", "ent_1", "广州某公司", "mkr1", "cacc_1", "440100", "acc_2", "1234", "440100", "李四",
                Money.of(amount), "货款", ApprovalRule.DEFAULT, NOW);
    }

    private static CorporatePayment submitted(String amount) {
        return quoted(amount).submit("mkr1", NOW).payment();
    }
}
