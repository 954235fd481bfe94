package org.ebank.corporate.payment.application;

import org.ebank.corporate.payment.domain.ApprovalRule;
import reactor.core.publisher.Mono;

/** Each enterprise's approval rule (the default until its administrator sets one). */
public interface ApprovalRules {

    Mono<ApprovalRule> of(String enterpriseId);

    Mono<Void> set(String enterpriseId, ApprovalRule rule);
}
