package org.ebank.contracts.corporate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.Nullable;

/**
 * A step of a corporate payment (对公付款), each a CloudEvent type of its own: entered by a maker and awaiting approval,
 * approved by a checker (as many as the enterprise's rule asks), rejected with a reason, expired, or executed on the
 * ledger (completed, or failed with the ledger's reason); one to another bank then settled or returned by it.
 * {@code actorId} is the operator who took the step (none when it expired, was executed, settled or returned); the payee
 * is masked. {@code makerId} entered it; {@code approverIds} are the checkers who may approve it, on PaymentSubmitted
 * (they are told it waits for them), and empty on every other step. Either may be missing from events of before they
 * were added.
 */
public record PaymentEvent(String paymentId, String enterpriseId, String status, @Nullable String actorId, String fromAccountId,
                           String payeeMasked, String payeeName, BigDecimal amount, BigDecimal fee, int approvals,
                           int requiredApprovals, @Nullable String reason, Instant at, @Nullable String makerId,
                           @Nullable List<String> approverIds) {
}
