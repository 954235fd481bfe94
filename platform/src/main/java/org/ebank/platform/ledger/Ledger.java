package org.ebank.platform.ledger;

import org.ebank.contracts.ledger.PostingRequest;
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
}
