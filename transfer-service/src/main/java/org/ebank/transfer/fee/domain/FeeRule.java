package org.ebank.transfer.fee.domain;

import java.util.Optional;

/**
 * One of the bank's fee waivers, e.g. 乡情卡's 12 free scheduled cross-region transfers a year. A rule
 * says whether it applies and what fee results; counting free uses is the caller's job. Adding a rule
 * touches no other rule.
 */
public interface FeeRule {

    String name();

    Optional<Waiver> apply(FeeContext context);
}
