package org.ebank.platform.ledger;

import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Money;
import reactor.core.publisher.Mono;

/**
 * account-service's ledger as the services that move money see it: the port their use cases post through
 * ({@link LedgerClient} is the HTTP adapter). A posting id makes every call safe to repeat: an outcome lost on the
 * way is found again by posting the same id.
 */
public interface Ledger {

    Mono<LedgerResult> post(PostingRequest posting);

    /** Reverses a posting under a reversal id of the caller's; a posting reversed before answers ALREADY_REVERSED. */
    Mono<LedgerResult> reverse(String postingId, String reversalId);

    /**
     * Reserves {@code amount} on a customer's account under a hold id of the caller's, until a posting captures it or
     * {@link #release} gives it back; refused with INSUFFICIENT_FUNDS when not that much is available.
     */
    Mono<LedgerResult> hold(String holdId, String accountId, Money amount);

    /** Gives a hold's money back; a hold released before answers recorded again. */
    Mono<LedgerResult> release(String holdId);
}
