package org.ebank.corporate.enterprise.application;

import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.enterprise.domain.Enterprise;
import reactor.core.publisher.Mono;

public interface EnterpriseRepository {

    /** Inserts the enterprise unless its credit code is registered already: false then. */
    Mono<Boolean> insert(Enterprise enterprise, String registeredBy);

    Mono<Enterprise> findById(String enterpriseId);

    Mono<Enterprise> findByCreditCode(CreditCode creditCode);
}
