package org.ebank.corporate.operator.application;

import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.operator.domain.OperatorRole;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface OperatorRepository {

    /** False when the enterprise has an operator of that login name already. */
    Mono<Boolean> insert(Operator operator);

    /** The operator, locked for the rest of the transaction: two sign-ins with one code are decided one after the other. */
    Mono<Operator> lock(String enterpriseId, String loginName);

    /** The enterprise's administrator, locked. */
    Mono<Operator> lockAdministrator(String enterpriseId);

    /** By id, within the enterprise, locked like {@link #lock}. */
    Mono<Operator> lockById(String operatorId, String enterpriseId);

    Mono<Void> update(Operator operator);

    Mono<Boolean> hasOne(String enterpriseId, OperatorRole role);

    /** Whether an operator of the enterprise has this phone already. */
    Mono<Boolean> phoneInUse(String enterpriseId, String phone);

    /** The generation of an active operator of the enterprise; none for anyone else (started over and not active again). */
    Mono<Long> generation(String operatorId, String enterpriseId);

    Flux<Operator> of(String enterpriseId);
}
