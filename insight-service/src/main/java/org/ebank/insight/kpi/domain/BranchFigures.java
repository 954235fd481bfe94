package org.ebank.insight.kpi.domain;

import java.math.BigDecimal;

/**
 * A branch's month: its new e-banking customers and their activation, its customers' transactions by channel and
 * wealth purchases (a customer belongs to the branch that opened their first account; a new customer a staff member
 * brought, to that staff member's branch), the deposits its e-banking customers hold now (沉淀资金), and the cards it
 * issued.
 */
public record BranchFigures(String branch, String name, Figures figures, BigDecimal electronicCustomerDeposits, long newCards) {

    public static BranchFigures none(String branch, String name) {
        return new BranchFigures(branch, name, Figures.NONE, BigDecimal.ZERO.setScale(2), 0);
    }

    public long newCustomers() {
        return figures.enrolled();
    }
}
