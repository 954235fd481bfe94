package org.ebank.corporate.payment.adapter;

import java.math.BigDecimal;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.payment.application.ApprovalRules;
import org.ebank.corporate.payment.domain.ApprovalRule;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcApprovalRules implements ApprovalRules {

    private final DatabaseClient db;

    R2dbcApprovalRules(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<ApprovalRule> of(String enterpriseId) {
        return db.sql("select two_checkers_from from enterprise where id = :id").bind("id", enterpriseId)
                .map(row -> new ApprovalRule(new Money(row.get("two_checkers_from", BigDecimal.class)))).one()
                .defaultIfEmpty(ApprovalRule.DEFAULT);
    }

    @Override
    public Mono<Void> set(String enterpriseId, ApprovalRule rule) {
        return db.sql("update enterprise set two_checkers_from = :from where id = :id").bind("id", enterpriseId)
                .bind("from", rule.twoCheckersFrom().amount()).then();
    }
}
