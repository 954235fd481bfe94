package org.ebank.corporate.operator.application;

import java.util.List;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.operator.domain.OperatorRole;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Who may approve an enterprise's payments now: its checkers who have bound their token. */
@Service
public class Approvers {

    private final OperatorRepository operators;

    public Approvers(OperatorRepository operators) {
        this.operators = operators;
    }

    public Mono<List<String>> of(String enterpriseId) {
        return operators.of(enterpriseId)
                .filter(operator -> operator.role() == OperatorRole.CHECKER && operator.status() == Operator.Status.ACTIVE)
                .map(Operator::id)
                .collectList();
    }
}
