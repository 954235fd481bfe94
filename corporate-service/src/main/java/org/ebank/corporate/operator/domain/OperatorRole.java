package org.ebank.corporate.operator.domain;

/** What an operator does in their enterprise's corporate netbank. */
public enum OperatorRole {
    /** 管理员: enrolled by staff; creates the enterprise's makers and checkers. */
    ADMIN,
    /** 经办: enters payments. */
    MAKER,
    /** 复核/授权: approves or rejects them; never their own. */
    CHECKER
}
