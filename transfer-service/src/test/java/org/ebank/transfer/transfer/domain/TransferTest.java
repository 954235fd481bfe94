package org.ebank.transfer.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.ebank.contracts.Event;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.transfer.TransferOutcome;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.transfer.domain.Transfer.Transition;
import org.junit.jupiter.api.Test;

class TransferTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(5);

    @Test
    void aSameBankTransferCompletesWhenPostedAndAnnouncesItsOutcomeAndItsFee() {
        Transfer pending = confirmed(TransferKind.CROSS_REGION, "2.00", "2.00", null);

        Transition posted = pending.posted(LATER);

        assertThat(posted.from()).isSameAs(pending);
        assertThat(posted.to().status()).isEqualTo(TransferStatus.COMPLETED);
        assertThat(posted.to().updatedAt()).isEqualTo(LATER);
        assertThat(posted.events()).extracting(Event::type)
                .containsExactly(TransferTopics.TRANSFER_COMPLETED, TransferTopics.FEE_CHARGED);
        TransferOutcome outcome = (TransferOutcome) posted.events().get(0);
        assertThat(outcome.toAccountMasked()).isEqualTo("尾号5678");
        assertThat(outcome.amount()).isEqualByComparingTo("1000.00");
        assertThat(((FeeEvent) posted.events().get(1)).fee()).isEqualByComparingTo("2.00");
    }

    @Test
    void aWaivedFeeIsAnnouncedAsWaivedAndNothingIsCharged() {
        Transition posted = confirmed(TransferKind.CROSS_REGION, "2.00", "0.00", "QINGNIAN_FAMILY").posted(LATER);

        assertThat(posted.events()).extracting(Event::type)
                .containsExactly(TransferTopics.TRANSFER_COMPLETED, TransferTopics.FEE_WAIVED);
        FeeEvent waived = (FeeEvent) posted.events().get(1);
        assertThat(waived.waived()).isEqualByComparingTo("2.00");
        assertThat(waived.rule()).isEqualTo("QINGNIAN_FAMILY");
    }

    @Test
    void anInterbankTransferWaitsForClearingThenSettlesOrComesBack() {
        Transfer clearing = confirmed(TransferKind.INTERBANK, "5.00", "5.00", null).posted(LATER).to();
        assertThat(clearing.status()).isEqualTo(TransferStatus.PENDING_CLEARING);

        Transition settled = clearing.settled(LATER.plusSeconds(60));
        assertThat(settled.to().status()).isEqualTo(TransferStatus.SETTLED);
        assertThat(settled.events()).extracting(Event::type).containsExactly(TransferTopics.TRANSFER_SETTLED);

        Transition returned = clearing.returned("ACCOUNT_CLOSED", LATER.plusSeconds(60));
        assertThat(returned.to().status()).isEqualTo(TransferStatus.RETURNED);
        assertThat(returned.to().failureReason()).isEqualTo("ACCOUNT_CLOSED");
        assertThat(returned.events()).extracting(Event::type).containsExactly(TransferTopics.TRANSFER_RETURNED);
    }

    @Test
    void aRefusedPostingFailsTheTransferAndAnnouncesNoFee() {
        Transition failed = confirmed(TransferKind.SAME_REGION, "0.00", "0.00", null).refused("INSUFFICIENT_FUNDS", LATER);

        assertThat(failed.to().status()).isEqualTo(TransferStatus.FAILED);
        assertThat(failed.to().failureReason()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(failed.events()).extracting(Event::type).containsExactly(TransferTopics.TRANSFER_FAILED);
        assertThat(confirmed(TransferKind.CROSS_REGION, "2.00", "2.00", null).refused("INSUFFICIENT_FUNDS", LATER).events())
                .extracting(Event::type).containsExactly(TransferTopics.TRANSFER_FAILED);
    }

    @Test
    void aTransferMovesOnlyAlongItsStates() {
        Transfer completed = confirmed(TransferKind.SAME_REGION, "0.00", "0.00", null).posted(LATER).to();
        Transfer failed = confirmed(TransferKind.SAME_REGION, "0.00", "0.00", null).refused("INSUFFICIENT_FUNDS", LATER).to();
        Transfer settled = confirmed(TransferKind.INTERBANK, "5.00", "5.00", null).posted(LATER).to().settled(LATER).to();

        assertThatThrownBy(() -> completed.posted(LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> completed.settled(LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failed.posted(LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> settled.returned("LATE", LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> confirmed(TransferKind.INTERBANK, "5.00", "5.00", null).settled(LATER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void itsPostingMovesTheAmountToThePayeeOrToClearingAndTheFeeToFeeIncome() {
        assertThat(confirmed(TransferKind.CROSS_REGION, "2.00", "2.00", null).posting().legs()).containsExactly(
                new Leg("acc-payer", Direction.DEBIT, "1000.00", "转账给 李四 尾号5678"),
                new Leg("acc-payee", Direction.CREDIT, "1000.00", "转账收入"),
                new Leg("acc-payer", Direction.DEBIT, "2.00", "转账手续费"),
                new Leg(InternalAccounts.FEE_INCOME, Direction.CREDIT, "2.00", null));
        assertThat(confirmed(TransferKind.INTERBANK, "5.00", "0.00", "MOBILE_INTERBANK").posting().legs()).containsExactly(
                new Leg("acc-payer", Direction.DEBIT, "1000.00", "转账给 李四 尾号5678"),
                new Leg(InternalAccounts.INTERBANK_CLEARING, Direction.CREDIT, "1000.00", null));
    }

    private static Transfer confirmed(TransferKind kind, String baseFee, String fee, String rule) {
        boolean interbank = kind == TransferKind.INTERBANK;
        Money charged = Money.of(fee);
        Quote quote = new Quote("q-1", "c-1", Channel.MOBILE, "acc-payer", interbank ? null : "acc-payee",
                interbank ? "6222020000005678" : "****5678", interbank ? "ICBC" : null, "李四", Money.of("1000.00"), "acc-payer",
                kind, new FeeQuote(Money.of(baseFee), charged, rule == null ? null : new Waiver(rule, charged, null), null),
                QuotePurpose.TRANSFER, false, NOW, NOW.plusSeconds(600));
        return Transfer.confirm("t-1", quote, NOW);
    }
}
