package org.ebank.payment.etc.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.payment.EtcDebitEvent;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;

/**
 * One card's tolls of a toll operator's statement, taken from the card in one debit: the {@code tolls} passages of
 * {@code vehicles} vehicles ({@code plate} when one) came to {@code gross}, and the card pays {@code amount} (less its
 * discount). A debit the card cannot pay is tried again a day later, {@code retries} times; each attempt is a posting of
 * its own ({@code <id>-<attempt>}), so the ledger's answer to one is never taken for the next's, and an attempt whose
 * answer was lost is asked again under the same id.
 */
public record EtcDebit(String id, String statementId, String holderId, String accountId, YearMonth month, int vehicles, String plate,
                       int tolls, Money gross, Money amount, Channel channel, EtcDebitStatus status, int attempt,
                       Instant nextAttemptAt, String lastRefusal, Instant createdAt, Instant updatedAt) {

    /** Kind of the ledger posting that takes a month's tolls. */
    public static final String POSTING_KIND = "ETC_TOLL";
    /** The ledger's refusal of a card short of money: the one a later attempt may mend. */
    public static final String SHORT_OF_MONEY = "INSUFFICIENT_FUNDS";

    public Money discount() {
        return gross.minus(amount);
    }

    /**
     * The posting of the attempt due: the card pays its share, the bank's discount account the rest, and the toll
     * operator is owed the whole toll. The card's statement (and its 动账 alert) names the month and the vehicle.
     */
    public PostingRequest posting() {
        String what = "ETC通行费 " + month + " " + (plate != null ? plate : vehicles + "辆车");
        List<Leg> legs = new ArrayList<>(List.of(Leg.debit(accountId, amount, what)));
        if (discount().isPositive()) {
            legs.add(Leg.debit(InternalAccounts.ETC_DISCOUNT, discount()));
        }
        legs.add(Leg.credit(InternalAccounts.ETC_SETTLEMENT, gross));
        return new PostingRequest(id + "-" + attempt, channel, POSTING_KIND, what, legs);
    }

    public EtcDebit paid(Instant at) {
        return new EtcDebit(id, statementId, holderId, accountId, month, vehicles, plate, tolls, gross, amount, channel,
                EtcDebitStatus.PAID, attempt, null, lastRefusal, createdAt, at);
    }

    /**
     * Refused for {@code reason}: short of money ({@link #SHORT_OF_MONEY}), due again {@code retryAfter} later while
     * {@code retries} are left; otherwise (or for any other reason, which waiting does not mend) left unpaid.
     */
    public EtcDebit refused(String reason, int retries, Duration retryAfter, Instant at) {
        boolean again = SHORT_OF_MONEY.equals(reason) && attempt <= retries;
        return new EtcDebit(id, statementId, holderId, accountId, month, vehicles, plate, tolls, gross, amount, channel,
                again ? EtcDebitStatus.DUE : EtcDebitStatus.UNPAID, again ? attempt + 1 : attempt, again ? at.plus(retryAfter) : null,
                reason, createdAt, at);
    }

    /** The event of this debit's outcome: paid, or refused (with the attempt refused and when the next one is, if any). */
    public EtcDebitEvent event() {
        boolean paid = status == EtcDebitStatus.PAID;
        return new EtcDebitEvent(id, holderId, accountId, statementId, month.toString(), vehicles, plate, tolls, gross.amount(),
                discount().amount(), amount.amount(), channel, paid ? "PAID" : status == EtcDebitStatus.DUE ? "REFUSED" : "UNPAID",
                status == EtcDebitStatus.DUE ? attempt - 1 : attempt, nextAttemptAt, paid ? null : lastRefusal, updatedAt);
    }
}
