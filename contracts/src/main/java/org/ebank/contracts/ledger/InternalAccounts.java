package org.ebank.contracts.ledger;

/** The bank's own ledger accounts, opened by account-service's migrations, posted to by every service that moves money. */
public final class InternalAccounts {

    /** 手续费收入: every fee charged, every waiver refunded from. */
    public static final String FEE_INCOME = "int-fee-income";
    /** 库存现金: the cash in ATMs and at counters. */
    public static final String CASH = "int-cash";
    /** Interbank transfers on their way through clearing. */
    public static final String INTERBANK_CLEARING = "int-interbank-clearing";
    /** The bank's settlement funds at the clearing house. */
    public static final String INTERBANK_SETTLEMENT = "int-interbank-settlement";
    /** Money invested in wealth products, paid back at redemption and maturity. */
    public static final String WEALTH_SETTLEMENT = "int-wealth-settlement";
    /** 代发过渡户: an approved payroll batch's total, on its way to the payees; what a payee could not take goes back. */
    public static final String CORPORATE_DISBURSEMENT = "int-corporate-disbursement";

    /** 代收代付过渡户: bill payments collected for the billers (water, power, gas, phone), owed to them until settled. */
    public static final String BILLER_SETTLEMENT = "int-biller-settlement";
    /** ETC通行费过渡户: tolls taken from customers' cards, owed to the toll operator until settled. */
    public static final String ETC_SETTLEMENT = "int-etc-settlement";
    /** ETC通行费优惠支出: the discount the bank gives its 乡情卡 and 易汇通卡 on tolls, owed to the toll operator all the same. */
    public static final String ETC_DISCOUNT = "int-etc-discount";

    private InternalAccounts() {
    }
}
