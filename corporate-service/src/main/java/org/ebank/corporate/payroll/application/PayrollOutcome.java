package org.ebank.corporate.payroll.application;

import org.ebank.corporate.payroll.domain.PayrollBatch;
import org.ebank.corporate.payroll.domain.PayrollFile;

/** What a maker's step on a batch came to. */
public sealed interface PayrollOutcome {

    record Done(PayrollBatch batch) implements PayrollOutcome {
    }

    /** {@code what}: the field naming what was not found (the paying account, the batch). */
    record NotFound(String what) implements PayrollOutcome {
    }

    record FileRefused(PayrollFile.Refusal refusal) implements PayrollOutcome {
    }

    /** The enterprise checked as many rows today as a day allows (names are checked against the ledger's holders). */
    record DailyLimit(int rows) implements PayrollOutcome {
    }

    /** Not one valid row: nothing to submit. */
    record Empty() implements PayrollOutcome {
    }
}
