package org.ebank.account.corporate.application;

import org.ebank.account.corporate.domain.CorporateAccount;

/** What asking for a corporate settlement account came to. */
public sealed interface CorporateOpening {

    /** Opened now, or ({@code replay}) by an earlier request with the same id and the same owner and region. */
    record Opened(CorporateAccount account, boolean replay) implements CorporateOpening {
    }

    /** The id names an account of another enterprise or region: nothing was opened. */
    record IdTaken(String accountId) implements CorporateOpening {
    }
}
