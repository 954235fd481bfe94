package org.ebank.contracts.corporate;

import java.time.Instant;
import org.ebank.contracts.Nullable;

/**
 * An operator was started over with a new activation code (a forgotten password, a lost phone): by staff for the
 * administrator, by the administrator for a maker or checker. {@code resetBy} is the staff member or the administrator's
 * operator id. The enterprise is told, so a reset nobody at the enterprise asked for is noticed; the new activation code
 * goes to the operator's own phone ({@link ActivationCodeIssued}). {@code generation} is the one the reset began: every
 * service an operator's token serves refuses tokens of an earlier one (none in events of before generations were
 * counted).
 */
public record OperatorReset(String enterpriseId, String operatorId, String role, String resetBy, Instant resetAt,
                            @Nullable Long generation) {
}
