package org.ebank.transfer.fee.domain;

import java.util.Optional;
import org.ebank.transfer.kernel.domain.CardFacts;

/**
 * One of the bank's fee waivers, e.g. 乡情卡's 12 free scheduled cross-region transfers a year. A rule
 * says whether it applies and what fee results; counting free uses is the caller's job. Adding a rule
 * touches no other rule.
 */
public interface FeeRule {

    String name();

    Optional<Waiver> apply(FeeContext context);

    /** Whether this is one of the card's benefits, to list them for the customer. */
    boolean concerns(CardFacts card);

    /** The rule's quota of free uses, if it has one. */
    default Optional<FreeUses> freeUses() {
        return Optional.empty();
    }
}
