package org.ebank.transfer.cash.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.transfer.CashOperationRecorded;
import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.TransferKind;

/**
 * Cash paid in or taken out at an ATM or counter, priced when it was reported; its id is also its ledger posting id,
 * so the money moves at most once however often it is posted.
 *
 * @param systemId the ATM or counter system that reported it
 * @param deviceId the ATM, or the counter's terminal if the counter system named one (null for a counter without one, and
 *                 for operations recorded before devices were)
 * @param waiverRule the card benefit that lowered the fee, or null
 */
public record CashOperation(String id, String systemId, String accountId, String customerId, Operation type, TransferKind kind,
                            Money amount, String region, Channel channel, String deviceId, Money baseFee, Money fee, String waiverRule,
                            Instant at) {

    public CashOperation {
        if (!type.isCash()) {
            throw new IllegalArgumentException("a cash operation is a deposit or a withdrawal");
        }
    }

    public boolean isDeposit() {
        return type == Operation.CASH_DEPOSIT;
    }

    /** DEPOSIT or WITHDRAWAL, as stored and announced. */
    public String typeName() {
        return isDeposit() ? "DEPOSIT" : "WITHDRAWAL";
    }

    /** The cash in the bank's tills against the customer's account, and the fee from the account to fee income. */
    public PostingRequest posting() {
        List<Leg> legs = new ArrayList<>();
        if (isDeposit()) {
            legs.add(Leg.debit(InternalAccounts.CASH, amount));
            legs.add(Leg.credit(accountId, amount, "现金存入"));
        } else {
            legs.add(Leg.credit(InternalAccounts.CASH, amount));
            legs.add(Leg.debit(accountId, amount, "现金支取"));
        }
        if (fee.isPositive()) {
            legs.add(Leg.debit(accountId, fee, "异地存取款手续费"));
            legs.add(Leg.credit(InternalAccounts.FEE_INCOME, fee));
        }
        return new PostingRequest(id, channel, type.name(), isDeposit() ? "现金存入" : "现金支取", legs);
    }

    public CashOperationRecorded recorded() {
        return new CashOperationRecorded(id, customerId, accountId, typeName(), amount.amount(), fee.amount(), channel,
                region, at, deviceId);
    }

    /** The fee charged or waived, when the tariff asks one (same-region cash is free and announces none). */
    public List<FeeEvent> feeEvents() {
        return FeeEvent.of(id, customerId, accountId, type.name(), kind.name(), channel, baseFee.amount(), fee.amount(),
                baseFee.minus(fee).amount(), waiverRule, at);
    }
}
