package org.ebank.transfer.fee.domain.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FeeRule;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.kernel.domain.CardFacts;

/** Campaign: interbank transfers made through the mobile bank are free (手机银行跨行转账手续费全免) from {@code start} to {@code end}, inclusive; an open end is always on. */
public record MobileInterbankCampaign(LocalDate start, LocalDate end) implements FeeRule {

    public static final String NAME = "MOBILE_INTERBANK_CAMPAIGN";

    /** Every card benefits on the mobile bank. */
    @Override
    public boolean concerns(CardFacts card) {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Waiver> apply(FeeContext context) {
        boolean running = (start == null || !context.day().isBefore(start)) && (end == null || !context.day().isAfter(end));
        boolean applies = running && context.isTransfer(TransferKind.INTERBANK) && context.channel() == Channel.MOBILE;
        return applies ? Optional.of(new Waiver(NAME, Money.ZERO, null)) : Optional.empty();
    }
}
