package org.ebank.notification.kpi.application;

import java.time.Instant;
import org.ebank.notification.kpi.domain.Prospect;
import reactor.core.publisher.Flux;

/** Customers without e-banking in the KPI read model, best prospects first. */
public interface ProspectRepository {

    /**
     * Settlement-heavy first (counter transactions since {@code since}), then those with an account opened since then,
     * then by counter transactions, most first; phones masked.
     */
    Flux<Prospect> ranked(Instant since, int limit);
}
