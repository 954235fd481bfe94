package org.ebank.transfer.cash.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.transfer.FeeCharged;
import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.transfer.FeeWaived;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.TransferKind;
import org.junit.jupiter.api.Test;

class CashOperationTest {

    @Test
    void aDepositMovesCashFromTheTillsToTheAccountAndAFeeToFeeIncome() {
        CashOperation deposit = cash(Operation.CASH_DEPOSIT, "500.00", "2.50", "2.50");

        assertThat(deposit.posting().postingId()).isEqualTo("cash_1");
        assertThat(deposit.posting().channel()).isEqualTo(Channel.ATM);
        assertThat(deposit.posting().legs()).containsExactly(
                new Leg(InternalAccounts.CASH, Direction.DEBIT, "500.00", null),
                new Leg("acc-1", Direction.CREDIT, "500.00", "现金存入"),
                new Leg("acc-1", Direction.DEBIT, "2.50", "异地存取款手续费"),
                new Leg(InternalAccounts.FEE_INCOME, Direction.CREDIT, "2.50", null));
        assertThat(deposit.recorded().type()).isEqualTo("DEPOSIT");
        assertThat(deposit.feeEvents()).singleElement().isInstanceOf(FeeCharged.class)
                .extracting(FeeEvent::fee).satisfies(fee -> assertThat(fee).isEqualByComparingTo("2.50"));
    }

    @Test
    void aWithdrawalWhoseFeeABenefitWaivedMovesNoFeeButAnnouncesTheWaiver() {
        CashOperation withdrawal = cash(Operation.CASH_WITHDRAWAL, "300.00", "2.00", "0.00");

        assertThat(withdrawal.posting().legs()).containsExactly(
                new Leg(InternalAccounts.CASH, Direction.CREDIT, "300.00", null),
                new Leg("acc-1", Direction.DEBIT, "300.00", "现金支取"));
        assertThat(withdrawal.feeEvents()).singleElement().isInstanceOf(FeeWaived.class)
                .extracting(FeeEvent::waived).satisfies(waived -> assertThat(waived).isEqualByComparingTo("2.00"));
        assertThat(cash(Operation.CASH_WITHDRAWAL, "300.00", "0.00", "0.00").feeEvents()).as("same-region cash is free").isEmpty();
    }

    @Test
    void onlyCashIsACashOperation() {
        assertThatThrownBy(() -> cash(Operation.TRANSFER, "1.00", "0.00", "0.00")).isInstanceOf(IllegalArgumentException.class);
    }

    private static CashOperation cash(Operation type, String amount, String baseFee, String fee) {
        return new CashOperation("cash_1", "atm-7", "acc-1", "c-1", type, TransferKind.CROSS_REGION, Money.of(amount), "440300",
                Channel.ATM, "ATM-440300-01", Money.of(baseFee), Money.of(fee), fee.equals(baseFee) ? null : "XIANGQING_CROSS_REGION_CASH",
                Instant.parse("2026-11-30T02:00:00Z"));
    }
}
