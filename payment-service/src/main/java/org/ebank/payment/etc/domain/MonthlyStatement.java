package org.ebank.payment.etc.domain;

import java.time.YearMonth;
import java.util.List;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;

/**
 * A card's ETC statement of a month (ETC通行费月结单): every passage of its vehicles the toll operator reported, the toll
 * and what the card paid for it, and how taking them went. An enterprise's fleet has one statement per settlement account.
 */
public record MonthlyStatement(String accountId, String cardLastFour, CardProduct product, YearMonth month, List<StatementLine> lines,
                               List<EtcDebit> debits) {

    public MonthlyStatement {
        lines = List.copyOf(lines);
        debits = List.copyOf(debits);
    }

    public Money tolls() {
        return lines.stream().map(StatementLine::toll).reduce(Money.ZERO, Money::plus);
    }

    public Money charged() {
        return lines.stream().map(StatementLine::charge).reduce(Money.ZERO, Money::plus);
    }

    public Money discount() {
        return tolls().minus(charged());
    }

    /** What of it was taken from the card. */
    public Money paid() {
        return debits.stream().filter(d -> d.status() == EtcDebitStatus.PAID).map(EtcDebit::amount).reduce(Money.ZERO, Money::plus);
    }
}
