package org.ebank.account.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final LedgerAccount PAYER = customer("payer", "100.00", "0.00");
    private static final LedgerAccount PAYEE = customer("payee", "5.00", "0.00");
    private static final LedgerAccount FEES = new LedgerAccount("fees", AccountKind.INTERNAL, Money.ZERO, Money.ZERO);
    private static final Map<String, LedgerAccount> ACCOUNTS = Map.of("payer", PAYER, "payee", PAYEE, "fees", FEES);

    @Test
    void aTransferWithAFeeMovesExactlyTheMoneyAndKeepsRunningBalances() {
        Posting posting = posting("p1", debit("payer", "90.00"), credit("payee", "90.00"),
                debit("payer", "2.50"), credit("fees", "2.50"));

        var accepted = (PostingDecision.Accepted) Ledger.decide(posting, ACCOUNTS);

        assertThat(accepted.newBalances()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "payer", Money.of("7.50"), "payee", Money.of("95.00")));
        assertThat(accepted.entries()).extracting(Entry::balanceAfter)
                .containsExactly(Money.of("10.00"), Money.of("95.00"), Money.of("7.50"), null);
    }

    @Test
    void aCustomerAccountNeverGoesBelowZeroNotByOneFen() {
        var refused = Ledger.decide(posting("p2", debit("payer", "100.01"), credit("payee", "100.01")), ACCOUNTS);
        assertThat(refused).isEqualTo(new PostingDecision.Refused(PostingDecision.Refusal.INSUFFICIENT_FUNDS, "payer"));

        assertThat(Ledger.decide(posting("p3", debit("payer", "100.00"), credit("payee", "100.00")), ACCOUNTS))
                .isInstanceOf(PostingDecision.Accepted.class);
    }

    @Test
    void heldMoneyIsNotAvailable() {
        var accounts = Map.of("payer", customer("payer", "100.00", "30.00"), "payee", PAYEE);
        assertThat(Ledger.decide(posting("p4", debit("payer", "70.01"), credit("payee", "70.01")), accounts))
                .isInstanceOf(PostingDecision.Refused.class);
        assertThat(Ledger.decide(posting("p5", debit("payer", "70.00"), credit("payee", "70.00")), accounts))
                .isInstanceOf(PostingDecision.Accepted.class);
    }

    @Test
    void internalAccountsMayGoNegative() {
        var accepted = Ledger.decide(posting("p6", debit("fees", "1000.00"), credit("payee", "1000.00")), ACCOUNTS);
        assertThat(accepted).isInstanceOf(PostingDecision.Accepted.class);
    }

    @Test
    void anUnknownAccountRefusesTheWholePosting() {
        assertThat(Ledger.decide(posting("p7", debit("payer", "1.00"), credit("ghost", "1.00")), ACCOUNTS))
                .isEqualTo(new PostingDecision.Refused(PostingDecision.Refusal.UNKNOWN_ACCOUNT, "ghost"));
    }

    @Test
    void unbalancedOrMalformedPostingsCannotBeBuilt() {
        assertThatThrownBy(() -> posting("x", debit("payer", "1.00"), credit("payee", "0.99")))
                .hasMessageContaining("debits and credits must be equal");
        assertThatThrownBy(() -> posting("x", debit("payer", "1.00")))
                .hasMessageContaining("2 to");
        assertThatThrownBy(() -> Money.of("0.001")).hasMessageContaining("two decimal places");
        assertThatThrownBy(() -> debit("payer", "-1.00")).hasMessageContaining("positive");
        assertThatThrownBy(() -> debit("payer", "1000000000000.01")).hasMessageContaining("at most");
    }

    @Test
    void theReversalPutsEveryLegOnTheOtherSide() {
        Posting original = posting("p8", debit("payer", "10.00"), credit("payee", "10.00"));
        Posting reversal = original.reversal("p8-rev");
        assertThat(reversal.legs()).containsExactly(credit("payer", "10.00"), debit("payee", "10.00"));
        assertThat(reversal.kind()).isEqualTo("REVERSAL");
    }

    private static LedgerAccount customer(String id, String balance, String held) {
        return new LedgerAccount(id, AccountKind.CUSTOMER, Money.of(balance), Money.of(held));
    }

    private static Posting posting(String id, Leg... legs) {
        return new Posting(id, Channel.MOBILE, "TRANSFER", null, List.of(legs));
    }

    private static Leg debit(String account, String amount) {
        return new Leg(account, Direction.DEBIT, Money.of(amount));
    }

    private static Leg credit(String account, String amount) {
        return new Leg(account, Direction.CREDIT, Money.of(amount));
    }
}
