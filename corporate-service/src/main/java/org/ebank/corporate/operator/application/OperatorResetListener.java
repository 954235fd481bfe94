package org.ebank.corporate.operator.application;

import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * What another feature does when an operator is started over (重置: a lost phone, a stolen session), in the reset's own
 * transaction: whatever was done in the operator's name before it cannot be told from what they did themselves, so work
 * of theirs still pending is withdrawn with the reset, or not at all. The reset holds the operator's row locked first;
 * an operator's step that enters or approves something locks that row before anything it changes too
 * ({@link OperatorCodes#lockFirst}), so one under way when the reset begins waits for it and then finds the operator
 * no longer active.
 */
public interface OperatorResetListener {

    /** {@code operatorId} of {@code enterpriseId} was started over by {@code by} (an administrator's id, or staff's code). */
    Mono<Void> onReset(String enterpriseId, String operatorId, String by, Instant at);
}
