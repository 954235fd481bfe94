package org.ebank.payment.bill.domain;

import java.time.Instant;
import java.util.List;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.payment.BillPaymentEvent;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Masked;
import org.ebank.contracts.value.Money;
import org.ebank.payment.biller.domain.Biller;

/**
 * A bill paid from a customer's card. Its id is also the hold's and the posting's on the ledger, and the payment's at the
 * biller: every step is safe to repeat, and a request repeated or finished by recovery is this one payment.
 */
public record BillPayment(String id, String customerId, String accountId, String billerCode, String customerNumber, Money amount,
                          Channel channel, BillPaymentStatus status, String failureReason, Instant createdAt, Instant updatedAt) {

    /** Kind of the ledger posting that takes the held money to the biller. */
    public static final String POSTING_KIND = "BILL_PAYMENT";

    public static BillPayment requested(String id, String customerId, String accountId, String billerCode, String customerNumber,
                                        Money amount, Channel channel, Instant at) {
        return new BillPayment(id, customerId, accountId, billerCode, customerNumber, amount, channel, BillPaymentStatus.PENDING,
                null, at, at);
    }

    public BillPayment moved(BillPaymentStatus to, String reason, Instant at) {
        return new BillPayment(id, customerId, accountId, billerCode, customerNumber, amount, channel, to, reason, createdAt, at);
    }

    /** {@code 尾号1234}: how messages and events name the customer number. */
    public String customerNumberTail() {
        return Masked.accountTail(customerNumber);
    }

    /**
     * The held money taken to the billers' collections account: the card's statement (and its 动账 alert) names the
     * biller, what for, and the customer number's last four digits.
     */
    public PostingRequest capture(Biller biller) {
        String what = biller.name() + " " + biller.kind().chineseName() + " 户号" + customerNumberTail();
        return new PostingRequest(id, channel, POSTING_KIND, what, List.of(
                Leg.debit(accountId, amount, what.length() > Leg.MAX_COUNTERPARTY_LENGTH ? biller.name() : what),
                Leg.credit(InternalAccounts.BILLER_SETTLEMENT, amount)), id);
    }

    /** The event of this payment's outcome (PAID or REFUSED). */
    public BillPaymentEvent event(Biller biller) {
        return new BillPaymentEvent(id, customerId, accountId, biller.code(), biller.name(), customerNumberTail(), amount.amount(),
                channel, status.name(), failureReason, updatedAt);
    }
}
