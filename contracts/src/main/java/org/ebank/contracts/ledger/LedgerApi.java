package org.ebank.contracts.ledger;

/** The ledger's paths on account-service: called by services with a SERVICE token, never routed by the gateway. */
public final class LedgerApi {

    /** POST a {@link PostingRequest}: 201 with a {@link PostingResponse}, 200 when the same id was posted before. */
    public static final String POSTINGS = "/internal/ledger/postings";
    /** GET a posting by its id: whether it went through, for callers recovering after a crash. */
    public static final String POSTING = POSTINGS + "/{postingId}";
    /** POST a {@link ReversalRequest}: one compensating posting, every leg on the other side. */
    public static final String REVERSAL = POSTING + "/reversal";
    /** GET the {@link Movements} of one account in a time range ({@code from}, {@code to}: instants). */
    public static final String MOVEMENTS = "/internal/ledger/accounts/{accountId}/movements";
    /**
     * POST a {@link CorporateAccountRequest} (corporate-service only): opens an enterprise's settlement account under the
     * caller's id, with its opening deposit; 201 with a {@link CorporateAccount}, 200 when that id was opened before.
     */
    public static final String CORPORATE_ACCOUNTS = "/internal/ledger/corporate-accounts";
    /** GET a {@link CorporateAccount}: its balance now. */
    public static final String CORPORATE_ACCOUNT = CORPORATE_ACCOUNTS + "/{accountId}";
    /**
     * POST a {@link PayeeNameCheck} (corporate-service only, at most {@link PayeeNameCheck#MAX_PAYEES}): whether each name
     * is the holder's of that account, as a {@link PayeeNameAnswer}. Names are checked here and never sent back.
     */
    public static final String PAYEE_NAMES = "/internal/ledger/payee-names";
    /**
     * POST {@code {holdId, accountId, amount}}: money reserved on a customer's account (no longer available, still in its
     * balance) until a posting captures it ({@link PostingRequest#capturesHold()}) or it is released; the same id again
     * is the same hold.
     */
    public static final String HOLDS = "/internal/ledger/holds";
    /** POST: the hold's money available again; a hold released or captured before answers as it is. */
    public static final String HOLD_RELEASE = HOLDS + "/{holdId}/release";

    private LedgerApi() {
    }
}
