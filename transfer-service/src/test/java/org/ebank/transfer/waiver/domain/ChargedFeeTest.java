package org.ebank.transfer.waiver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.junit.jupiter.api.Test;

class ChargedFeeTest {

    @Test
    void staffMayGiveBackOnlyAFeeThatWasTakenForGood() {
        assertThat(fee("2.00", true, false).waivable()).isTrue();
        assertThat(fee("0.00", true, false).waivable()).as("nothing was charged").isFalse();
        assertThat(fee("2.00", false, false).waivable()).as("the operation failed: nothing was taken").isFalse();
        assertThat(fee("2.00", false, true).waivable()).as("still clearing: a return would refund it again").isFalse();
    }

    private static ChargedFee fee(String fee, boolean done, boolean clearing) {
        return new ChargedFee("t-1", "c-1", "acc-1", "TRANSFER", "INTERBANK", Channel.MOBILE, Money.of(fee), done, clearing);
    }
}
