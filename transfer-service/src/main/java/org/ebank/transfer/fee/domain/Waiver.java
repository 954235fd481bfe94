package org.ebank.transfer.fee.domain;

import org.ebank.contracts.value.Money;

/** A rule that lowers the fee: the rule's name, the fee left to pay, and the quota it uses up, if any. */
public record Waiver(String rule, Money fee, FreeUses quota) {

    public boolean usesQuota() {
        return quota != null;
    }
}
