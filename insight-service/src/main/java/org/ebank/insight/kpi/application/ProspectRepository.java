package org.ebank.insight.kpi.application;

import java.time.Instant;
import org.ebank.insight.kpi.domain.Prospect;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Customers without e-banking in the KPI read model, best prospects first. */
public interface ProspectRepository {

    /**
     * The branch's customers (its own: their first account is the branch's) without e-banking: enterprises with 20+
     * settlement transactions since {@code since} first, then those with an account opened since then, then by counter
     * transactions since then, most first; phones masked.
     */
    Flux<Prospect> ranked(String branch, Instant since, int limit);

    /** The branch's parent, as the directory's events told it; empty for a branch at the top or not known. */
    Mono<String> parentOf(String branch);
}
