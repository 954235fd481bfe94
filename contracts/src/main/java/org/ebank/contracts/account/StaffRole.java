package org.ebank.contracts.account;

/** What a staff member does at their branch; their token's roles follow from it. */
public enum StaffRole {
    /** 柜员: serves customers at the counter. */
    TELLER,
    /** 客户经理: wins and looks after customers. */
    ACCOUNT_MANAGER,
    /** 网点负责人: runs a branch, approves its staff's incentives. */
    BRANCH_MANAGER,
    /** 系统管理员: keeps the directory of branches and staff. */
    ADMIN
}
