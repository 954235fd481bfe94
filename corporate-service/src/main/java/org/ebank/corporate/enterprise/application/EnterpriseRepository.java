package org.ebank.corporate.enterprise.application;

import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.enterprise.domain.Enterprise;
import reactor.core.publisher.Mono;

public interface EnterpriseRepository {

    /**
     * Inserts the enterprise unless its credit code is registered already (false then), belonging to {@code branchCode},
     * the registering staff member's branch.
     */
    Mono<Boolean> insert(Enterprise enterprise, String registeredBy, String branchCode);

    /** The branch the enterprise belongs to; empty for one registered before enterprises had a branch, or unknown. */
    Mono<String> branchOf(String enterpriseId);

    Mono<Enterprise> findById(String enterpriseId);

    Mono<Enterprise> findByCreditCode(CreditCode creditCode);
}
