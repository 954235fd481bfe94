package org.ebank.transfer.transfer.application;

import java.time.Instant;
import reactor.core.publisher.Mono;

/** The one-time passwords sent for quotes: kept as hashes, with the wrong tries made. */
public interface OtpRepository {

    /** A new code replaces the last one for the quote; the wrong tries made so far still count against the quote. */
    Mono<Void> save(String quoteId, String codeHash, Instant expiresAt);

    Mono<StoredOtp> lock(String quoteId);

    Mono<Void> countTry(String quoteId);

    record StoredOtp(String codeHash, Instant expiresAt, int tries) {
    }
}
