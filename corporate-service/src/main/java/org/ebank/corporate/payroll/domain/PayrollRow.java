package org.ebank.corporate.payroll.domain;

import org.ebank.contracts.value.Money;

/**
 * One payee of a batch: the account it pays (by id, with the number's last four digits, never the whole number), the
 * name and amount as the file gave them, and where it stands. {@code amount} is null when the file's was unreadable.
 */
public record PayrollRow(String batchId, int row, String accountId, String lastFour, String name, Money amount, String memo, Status status,
                         RowProblem problem) {

    public enum Status {
        /** Found wrong at upload: never paid for. */
        INVALID,
        PENDING,
        PAID,
        /** Refused by the ledger when posted: its money went back to the payer. */
        FAILED
    }

    /** The ledger posting that pays this row, the same on every try: its id is the batch's and the row's. */
    public String postingId() {
        return batchId + "-" + row;
    }
}
