package org.ebank.wealth.suitability.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.wealth.RiskAssessed;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.outbox.Outbox;
import org.ebank.wealth.suitability.domain.Questionnaire;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** A customer answers the risk questionnaire: their level (C1-C5) for a year, announced (RiskAssessed) as it is recorded. */
@Service
public class AssessRisk {

    private final AssessmentRepository assessments;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    AssessRisk(AssessmentRepository assessments, Outbox outbox, TransactionalOperator tx, Clock clock) {
        this.assessments = assessments;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<RiskAssessed> assess(String customerId, List<Integer> answers) {
        int level = Questionnaire.level(answers);
        Instant now = clock.instant();
        Instant validUntil = now.atZone(clock.getZone()).plusYears(1).toInstant();
        RiskAssessed assessed = new RiskAssessed(customerId, level, validUntil, now);
        return tx.transactional(assessments.save(customerId, level, validUntil, now)
                .then(outbox.append(WealthTopics.CUSTOMER, customerId, WealthTopics.RISK_ASSESSED, assessed))).thenReturn(assessed);
    }
}
