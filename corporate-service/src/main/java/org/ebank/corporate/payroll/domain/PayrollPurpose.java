package org.ebank.corporate.payroll.domain;

/** What a batch pays (代发工资, 代发养老金): the memo a row without one of its own gets on the payee's statement. */
public enum PayrollPurpose {
    SALARY("工资"),
    PENSION("养老金");

    private final String memo;

    PayrollPurpose(String memo) {
        this.memo = memo;
    }

    public String memo() {
        return memo;
    }
}
