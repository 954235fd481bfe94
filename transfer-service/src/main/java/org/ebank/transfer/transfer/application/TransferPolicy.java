package org.ebank.transfer.transfer.application;

import java.time.Duration;
import org.ebank.transfer.transfer.domain.Limits;
import org.ebank.transfer.transfer.domain.StepUp;

/** The bank's settings for transfers: its own bank code, how long quotes hold, limits, and step-up. */
public record TransferPolicy(String bankCode, Duration quoteLifetime, Limits limits, StepUp stepUp) {

    /** No bank code, or ours: a payee at this bank. */
    public boolean isOurBank(String toBankCode) {
        return toBankCode == null || toBankCode.isBlank() || toBankCode.equals(bankCode);
    }
}
