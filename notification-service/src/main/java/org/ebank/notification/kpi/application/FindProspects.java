package org.ebank.notification.kpi.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.notification.kpi.domain.Prospect;
import org.ebank.platform.audit.Audit;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The customers branch staff could invite to e-banking, judged on the last 30 days; every read is audited. */
@Service
public class FindProspects {

    private static final Duration LOOK_BACK = Duration.ofDays(30);

    private final ProspectRepository prospects;
    private final Audit audit;
    private final Clock clock;

    public FindProspects(ProspectRepository prospects, Audit audit, Clock clock) {
        this.prospects = prospects;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<List<Prospect>> top(int limit) {
        return prospects.ranked(clock.instant().minus(LOOK_BACK), limit).collectList()
                .flatMap(found -> audit.record(AuditAction.PROSPECTS_READ, null, Map.of("customers", String.valueOf(found.size())))
                        .thenReturn(found));
    }
}
