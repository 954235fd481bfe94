package org.ebank.corporate.payroll.domain;

import java.time.Instant;
import org.ebank.contracts.value.Money;

/**
 * A payroll or pension batch (代发): uploaded and checked row by row (VALIDATED), submitted by its maker as one corporate
 * payment of the valid rows' total to the disbursement account, which the checkers approve as any payment (SUBMITTED);
 * once that payment is posted, each valid row is posted to its payee (DISBURSING) and what the ledger refused goes back
 * to the payer (COMPLETED). A payment rejected, expired or refused for funds ends the batch unpaid (CANCELLED).
 * {@code duplicateOf} names an earlier batch of the enterprise uploaded from the very same file (not cancelled, within
 * 35 days): a warning for the maker and the checkers that the same payroll may be paid twice.
 */
public record PayrollBatch(String id, String enterpriseId, String makerId, String fromAccountId, String payerName, PayrollPurpose purpose,
                           int rows, int validRows, Money total, String fileSha256, String duplicateOf, String paymentId, Status status,
                           String reason, Instant createdAt, Instant updatedAt) {

    public enum Status {
        VALIDATED, SUBMITTED, DISBURSING, COMPLETED, CANCELLED
    }

    public PayrollBatch {
        if (rows < 1 || rows > PayrollFile.MAX_ROWS || validRows < 0 || validRows > rows) {
            throw new IllegalArgumentException("a batch has 1 to " + PayrollFile.MAX_ROWS + " rows");
        }
    }

    public PayrollBatch submitted(String payment, Instant now) {
        return new PayrollBatch(id, enterpriseId, makerId, fromAccountId, payerName, purpose, rows, validRows, total, fileSha256,
                duplicateOf, payment, Status.SUBMITTED, null, createdAt, now);
    }

    /** The label of its payment, as the payer's statement shows it: 代发工资 997笔. */
    public String label() {
        return "代发" + purpose.memo() + " " + validRows + "笔";
    }

    /** What a paid row's payee reads as its other side: the paying enterprise, the purpose (工资, 养老金), the row's memo. */
    public String payeeCounterparty(PayrollRow row) {
        return payerName + " " + purpose.memo() + (row.memo() == null ? "" : " " + row.memo());
    }
}
