package org.ebank.payment.etc.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Money;
import org.ebank.payment.etc.domain.EtcDebit;
import org.ebank.payment.etc.domain.EtcDebitStatus;
import org.ebank.payment.etc.domain.EtcTariff;
import org.ebank.payment.etc.domain.Plate;
import org.ebank.payment.etc.domain.Toll;
import org.ebank.payment.etc.domain.TollStatement;
import org.ebank.payment.etc.domain.Vehicle;
import org.ebank.payment.kernel.domain.Refusal;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The toll operator sends a month's passages: each is priced for the card its plate is bound to (discounted where the
 * card's product earns it), each card's passages become one debit, and the debits are taken right after the answer. The statement, its
 * passages and its debits are recorded together; sent again, the same statement is answered as it was and charges
 * nothing twice; a different one under the same id, or passages an earlier statement had, are refused. A plate no card
 * is bound to is recorded and reported, not charged.
 */
@Service
public class ReceiveTollStatement {

    private static final Logger log = LoggerFactory.getLogger(ReceiveTollStatement.class);

    private final EtcRepository etc;
    private final DebitTolls debits;
    private final EtcTariff tariff;
    private final TransactionalOperator tx;
    private final Clock clock;

    ReceiveTollStatement(EtcRepository etc, DebitTolls debits, EtcTariff tariff, TransactionalOperator tx, Clock clock) {
        this.etc = etc;
        this.debits = debits;
        this.tariff = tariff;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Receipt> receive(TollStatement statement) {
        String fingerprint = statement.fingerprint();
        return known(statement.statementId(), fingerprint)
                .switchIfEmpty(Mono.defer(() -> record(statement, fingerprint)))
                .flatMap(fresh -> etc.debitsOfStatement(statement.statementId()).collectList()
                        .zipWith(etc.unboundPlates(statement.statementId()).collectList())
                        .doOnNext(found -> {
                            if (fresh) {
                                takeNow(found.getT1());
                            }
                        })
                        .map(found -> new Receipt(statement.statementId(), statement.month().toString(), statement.tolls().size(),
                                found.getT2(), found.getT1(), !fresh)));
    }

    /** False (not fresh) when this statement was received before; a refusal when another was, under its id; else empty. */
    private Mono<Boolean> known(String statementId, String fingerprint) {
        return etc.statementFingerprint(statementId)
                .flatMap(known -> known.equals(fingerprint) ? Mono.just(false) : Mono.<Boolean>error(conflict()));
    }

    /**
     * A new statement's debits taken at once, apart from the request (a month of a fleet's cards takes longer than the
     * toll operator should wait); whatever this does not finish, the debit job does, under the same posting ids.
     */
    private void takeNow(List<EtcDebit> due) {
        Flux.fromIterable(due).concatMap(debits::attempt)
                .subscribe(debit -> { }, e -> log.warn("ETC debits taken at once stopped ({}); the debit job takes them", e.toString()));
    }

    /** True when recorded now; false when the same statement was, by a request at the same time. */
    private Mono<Boolean> record(TollStatement statement, String fingerprint) {
        List<String> ids = statement.tolls().stream().map(Toll::tollId).toList();
        return etc.reportedTolls(ids).take(10).collectList().flatMap(reported -> reported.isEmpty() ? Mono.<Boolean>empty()
                        // the same statement, recorded by a request at the same time, is that one; else the passages were another's
                        : known(statement.statementId(), fingerprint).switchIfEmpty(Mono.error(
                                new Refusal(Refusal.Reason.TOLLS_ALREADY_REPORTED, Map.of("tollIds", reported)))))
                .switchIfEmpty(etc.vehiclesByPlates(statement.tolls().stream().map(Toll::plate).distinct().toList())
                        .collectMap(Vehicle::plate)
                        .flatMap(vehicles -> {
                            EtcRepository.ReceivedStatement received = price(statement, fingerprint, vehicles, clock.instant());
                            return tx.transactional(etc.record(received));
                        }))
                .flatMap(recorded -> recorded ? Mono.just(true) : known(statement.statementId(), fingerprint))
                .onErrorMap(DataIntegrityViolationException.class, e -> new Refusal(Refusal.Reason.TOLLS_ALREADY_REPORTED));
    }

    private EtcRepository.ReceivedStatement price(TollStatement statement, String fingerprint, Map<Plate, Vehicle> vehicles,
                                                  Instant now) {
        Map<String, List<Toll>> byAccount = new LinkedHashMap<>();   // in the order of the statement
        List<EtcRepository.PricedToll> priced = new ArrayList<>();
        for (Toll toll : statement.tolls()) {
            Vehicle vehicle = vehicles.get(toll.plate());
            if (vehicle != null) {
                byAccount.computeIfAbsent(vehicle.accountId(), account -> new ArrayList<>()).add(toll);
            }
        }
        List<EtcDebit> debitsMade = new ArrayList<>();
        byAccount.forEach((accountId, tolls) -> {
            String debitId = IdempotentRequests.operationId("etc_", statement.statementId(), accountId);
            Vehicle first = vehicles.get(tolls.get(0).plate());
            Money gross = Money.ZERO;
            Money charged = Money.ZERO;
            for (Toll toll : tolls) {
                Money charge = tariff.charge(first.product(), toll.amount());
                gross = gross.plus(toll.amount());
                charged = charged.plus(charge);
                priced.add(new EtcRepository.PricedToll(toll, accountId, debitId, charge));
            }
            long plates = tolls.stream().map(Toll::plate).distinct().count();
            debitsMade.add(new EtcDebit(debitId, statement.statementId(), first.holderId(), accountId, statement.month(), (int) plates,
                    plates == 1 ? first.plate().number() : null, tolls.size(), gross, charged, first.channel(), EtcDebitStatus.DUE, 1,
                    now, null, now, now));
        });
        statement.tolls().stream().filter(toll -> !vehicles.containsKey(toll.plate()))
                .forEach(toll -> priced.add(new EtcRepository.PricedToll(toll, null, null, toll.amount())));
        return new EtcRepository.ReceivedStatement(statement.statementId(), statement.month(), fingerprint, now, priced, debitsMade);
    }

    private static Refusal conflict() {
        return new Refusal(Refusal.Reason.STATEMENT_CONFLICT);
    }

    /** What became of a statement: its debits as they stand, the plates no card is bound to, and whether it was sent before. */
    public record Receipt(String statementId, String month, int tolls, List<String> unboundPlates, List<EtcDebit> debits,
                          boolean repeated) {
    }
}
