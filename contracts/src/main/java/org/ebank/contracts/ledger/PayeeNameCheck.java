package org.ebank.contracts.ledger;

import java.util.List;

/**
 * Names to check against the holders of the bank's accounts (户名核验), before a payroll batch pays them: at most
 * {@link #MAX_PAYEES} in one request (a 5,000-row batch asks in turns), which keeps a request below the 64 KB a
 * service reads of a JSON body even when every name has 60 characters.
 */
public record PayeeNameCheck(List<Payee> payees) {

    public static final int MAX_PAYEES = 200;

    public record Payee(String accountId, String name) {
    }
}
