package org.ebank.insight.kpi.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.insight.kpi.domain.Prospect;
import org.ebank.platform.audit.Audit;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The customers a branch's staff could invite to e-banking, judged on the last 30 days. Staff read their own branch's,
 * and a city bank's staff those of the branches under it; every read is audited.
 */
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

    /** The branch's best prospects; empty when the caller, of {@code callerBranch}, may not read that branch's. */
    public Mono<List<Prospect>> top(String callerBranch, String branch, int limit) {
        Mono<Boolean> allowed = branch.equals(callerBranch) ? Mono.just(true)
                : prospects.parentOf(branch).map(callerBranch::equals).defaultIfEmpty(false);
        return allowed.flatMap(yes -> yes
                ? prospects.ranked(branch, clock.instant().minus(LOOK_BACK), limit).collectList()
                        .flatMap(found -> audit.record(AuditAction.PROSPECTS_READ, branch,
                                Map.of("customers", String.valueOf(found.size()))).thenReturn(found))
                // an attempt at another branch's customers is on record too
                : audit.record(AuditAction.PROSPECTS_READ, branch, Map.of("refused", "OTHER_BRANCH")).then(Mono.empty()));
    }
}
