package org.ebank.payment.etc.application;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.ebank.payment.etc.domain.EtcDebit;
import org.ebank.payment.etc.domain.Plate;
import org.ebank.payment.etc.domain.StatementLine;
import org.ebank.payment.etc.domain.Toll;
import org.ebank.payment.etc.domain.Vehicle;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The vehicles bound to cards, the toll operator's statements with their passages, and the debits they make. */
public interface EtcRepository {

    /** False when the plate is bound already (to any card). */
    Mono<Boolean> bind(Vehicle vehicle);

    Mono<Vehicle> vehicleByPlate(Plate plate);

    Flux<Vehicle> vehiclesOfHolder(String holderId);

    /** The fingerprint of the statement received under that id, or empty when none was. */
    Mono<String> statementFingerprint(String statementId);

    /** Those of {@code tollIds} some statement reported already. */
    Flux<String> reportedTolls(Collection<String> tollIds);

    /**
     * The statement, its passages (each with the debit it is in, none for a plate not bound) and its debits: false, with
     * nothing written, when a statement of that id is recorded already. Run in a transaction.
     */
    Mono<Boolean> record(ReceivedStatement statement);

    /** The plates of a statement's passages no card was bound to. */
    Flux<String> unboundPlates(String statementId);

    Flux<EtcDebit> debitsOfStatement(String statementId);

    Flux<EtcDebit> debitsOfAccount(String accountId, YearMonth month);

    Mono<EtcDebit> debit(String id);

    /** Moves a debit on from its attempt {@code fromAttempt} while DUE: false when that attempt was settled already. */
    Mono<Boolean> move(EtcDebit moved, int fromAttempt);

    /** An attempt whose answer did not come, asked again at {@code until} (others due meanwhile go first). */
    Mono<Void> postpone(String id, int attempt, Instant until);

    /** The vehicles of those plates that are bound. */
    Flux<Vehicle> vehiclesByPlates(Collection<Plate> plates);

    /** Debits due by {@code now}: the new, those refused a day ago, and attempts whose answer was lost. */
    Flux<EtcDebit> dueBy(Instant now, int limit);

    /** The passages a card paid (or owes) for in a month's statements, oldest first. */
    Flux<StatementLine> lines(String accountId, YearMonth month);

    /** A statement as received: the passages, each with what it costs and the debit it is in. */
    record ReceivedStatement(String statementId, YearMonth month, String fingerprint, Instant receivedAt, List<PricedToll> tolls,
                             List<EtcDebit> debits) {
    }

    /** A passage, what its card pays for it, and the debit it is in (none, with no card, for a plate not bound). */
    record PricedToll(Toll toll, String accountId, String debitId, Money charge) {
    }
}
