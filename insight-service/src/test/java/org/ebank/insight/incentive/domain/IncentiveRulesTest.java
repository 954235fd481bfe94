package org.ebank.insight.incentive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.insight.incentive.domain.IncentiveRefused.Reason;
import org.ebank.insight.incentive.domain.IncentiveSheet.TargetOutcome;
import org.junit.jupiter.api.Test;

class IncentiveRulesTest {

    private static final IncentiveRules RULES = IncentiveRules.of(Map.of(Channel.CORPORATE_NETBANK, new BigDecimal("200.00"),
            Channel.NETBANK, new BigDecimal("30.00"), Channel.MOBILE, new BigDecimal("20.00")), new BigDecimal("0.10"));
    private static final YearMonth OCTOBER = YearMonth.of(2025, 10);
    private static final Instant AT = Instant.parse("2025-10-05T02:00:00Z");

    @Test
    void eachStaffMemberEarnsTheRewardOfEachServiceAndTheBonusOnlyWhenTheBranchReachedItsTarget() {
        List<Referral> referrals = List.of(referral("m1", Channel.MOBILE), referral("m1", Channel.NETBANK),
                referral("m1", Channel.CORPORATE_NETBANK), referral("a1", Channel.MOBILE));

        IncentiveSheet reached = RULES.sheet("0101", OCTOBER, referrals, new TargetOutcome(Map.of(), true));
        assertThat(reached.amounts()).containsExactly(
                new IncentiveSheet.Amounts("a1", 1, Money.of("20.00"), Money.of("2.00"), Money.of("22.00")),
                new IncentiveSheet.Amounts("m1", 3, Money.of("250.00"), Money.of("25.00"), Money.of("275.00")));
        assertThat(reached.total()).isEqualTo(Money.of("297.00"));

        IncentiveSheet missed = RULES.sheet("0101", OCTOBER, referrals, TargetOutcome.NONE);
        assertThat(missed.lineOf("m1").total()).isEqualTo(Money.of("250.00"));
        assertThat(missed.total()).isEqualTo(Money.of("270.00"));
        assertThat(missed.lineOf("nobody").total()).isEqualTo(Money.ZERO);
    }

    @Test
    void aRewardOfMoreThanTwoDecimalsStopsTheStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IncentiveRules.of(Map.of(Channel.MOBILE, new BigDecimal("0.005")),
                new BigDecimal("0.10"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBonusIsRoundedHalfUpToTheFen() {
        IncentiveRules rules = IncentiveRules.of(Map.of(Channel.MOBILE, new BigDecimal("0.05")), new BigDecimal("0.10"));
        IncentiveSheet sheet = rules.sheet("0101", OCTOBER, List.of(referral("m1", Channel.MOBILE)), new TargetOutcome(Map.of(), true));
        assertThat(sheet.lineOf("m1").bonus()).as("0.005 half-up").isEqualTo(Money.of("0.01"));
        assertThat(sheet.total()).isEqualTo(Money.of("0.06"));
    }

    @Test
    void aBranchsManagerOrAdministratorReadsAndSubmitsItsMonthAndOnlyAnotherManagerApprovesIt() {
        StaffMember teller = new StaffMember("t1", "0101", false, false);
        StaffMember administrator = new StaffMember("a1", "0101", false, true);
        StaffMember manager = new StaffMember("b1", "0101", true, false);
        StaffMember otherManager = new StaffMember("b2", "0102", true, false);
        StaffMember noBranch = new StaffMember("ops", null, true, true);
        Approval byAdministrator = submittedBy("a1");
        Approval byManager = submittedBy("b1");

        assertThat(refusal(() -> teller.mayRead("0101"))).isEqualTo(Reason.NOT_PERMITTED);
        assertThat(refusal(() -> otherManager.mayRead("0101"))).isEqualTo(Reason.OTHER_BRANCH);
        assertThat(refusal(() -> noBranch.mayRead("0101"))).isEqualTo(Reason.NO_BRANCH);
        assertThat(refusal(() -> noBranch.ownBranch())).isEqualTo(Reason.NO_BRANCH);
        assertThat(refusal(() -> administrator.mayApprove("0101"))).isEqualTo(Reason.NOT_PERMITTED);
        assertThat(refusal(() -> manager.mayApprove(byManager))).isEqualTo(Reason.OWN_SUBMISSION);
        assertThat(refusal(() -> otherManager.mayApprove("0101"))).isEqualTo(Reason.OTHER_BRANCH);
        administrator.maySubmit("0101");
        manager.maySubmit("0101");
        manager.mayApprove("0101");
        manager.mayApprove(byAdministrator);
        assertThat(teller.ownBranch()).isEqualTo("0101");
    }

    private static Approval submittedBy(String maker) {
        return new Approval(Approval.Status.SUBMITTED, List.of(), Money.ZERO, false, maker, AT, null, null);
    }

    private static Reason refusal(Runnable action) {
        try {
            action.run();
        } catch (IncentiveRefused refused) {
            return refused.reason();
        }
        return null;
    }

    private static Referral referral(String staff, Channel service) {
        return new Referral(staff, "c-" + staff + "-" + service, service, AT.minusSeconds(3600), AT);
    }
}
