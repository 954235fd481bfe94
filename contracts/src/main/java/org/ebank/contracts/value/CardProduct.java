package org.ebank.contracts.value;

/** The bank's debit card products (卡种), and the corporate settlement account, the one account that is not a card. */
public enum CardProduct {
    /** 普通借记卡: the base tariff. */
    STANDARD("普通借记卡", false),
    /** 乡情卡: for migrant and rural workers. */
    XIANGQING("乡情卡", true),
    /** 青年卡: for students and young people; may link a family account (亲情账户). */
    QINGNIAN("青年卡", true),
    /** 金晖卡: for pensioners and seniors. */
    JINHUI("金晖卡", true),
    /** 易汇通卡: for merchants; carries a star level. */
    YIHUITONG("易汇通卡", false),
    /**
     * 单位结算账户: an enterprise's corporate settlement account, opened through corporate-service. No card (an account
     * number instead), so no card fees; never a person's.
     */
    CORPORATE("单位结算账户", true);

    private final String chineseName;
    private final boolean waivesAccountFees;

    CardProduct(String chineseName, boolean waivesAccountFees) {
        this.chineseName = chineseName;
        this.waivesAccountFees = waivesAccountFees;
    }

    public String chineseName() {
        return chineseName;
    }

    /** No annual card fee and no small-account management fee (年费、小额账户管理费全免). */
    public boolean waivesAccountFees() {
        return waivesAccountFees;
    }

    public boolean hasStarLevel() {
        return this == YIHUITONG;
    }

    /** A person's debit card; every product but {@link #CORPORATE}. */
    public boolean isCard() {
        return this != CORPORATE;
    }

    public boolean mayLinkFamilyAccount() {
        return this == QINGNIAN;
    }
}
