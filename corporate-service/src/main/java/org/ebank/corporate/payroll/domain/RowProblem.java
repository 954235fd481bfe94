package org.ebank.corporate.payroll.domain;

/**
 * Why a row of a payroll file is not paid: found at upload (the row is reported and never paid for), or, for
 * {@link #REFUSED_BY_LEDGER}, when it was posted (its money goes back to the payer).
 */
public enum RowProblem {
    /** Not the four columns account, name, amount, memo. */
    COLUMNS("应为账号、户名、金额、附言四列", "Four columns: account, name, amount, memo"),
    ACCOUNT_NUMBER("账号应为12到30位数字", "The account number has 12 to 30 digits"),
    UNKNOWN_ACCOUNT("账号不是本行账户", "No account of this bank has this number"),
    /** Payroll pays people: a settlement account, or the paying account itself, is no payee of it. */
    NOT_PERSONAL_ACCOUNT("代发只能付给个人账户", "A payroll pays personal accounts only"),
    NAME("户名应为1到60个字，不含换行", "The name has 1 to 60 characters, on one line"),
    NAME_MISMATCH("户名与账户不符", "The name is not the account holder's"),
    AMOUNT("金额应为正数，最多两位小数", "The amount is positive, with at most two decimals"),
    MEMO("附言最多30个字，不含换行", "The memo has at most 30 characters, on one line"),
    REFUSED_BY_LEDGER("入账失败，款项已退回付款账户", "The posting was refused: the money went back to the paying account");

    private final String zh;
    private final String en;

    RowProblem(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
