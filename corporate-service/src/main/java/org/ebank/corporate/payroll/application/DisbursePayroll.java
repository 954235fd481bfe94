package org.ebank.corporate.payroll.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.PayrollDisbursed;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.LedgerRefusal;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Channel;
import org.ebank.corporate.payment.application.PaymentRepository;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.ebank.corporate.payment.domain.Counterparty;
import org.ebank.corporate.payment.domain.PaymentKind;
import org.ebank.corporate.payroll.domain.PayrollBatch;
import org.ebank.corporate.payroll.domain.PayrollRow;
import org.ebank.corporate.payroll.domain.RowProblem;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Pays out approved batches, a pass at a time: a batch whose payment was posted (its total now on the disbursement
 * account) has each pending row posted to its payee, under a posting id of the batch's and the row's, so a pass cut short
 * (a crash, a lost answer, two instances at once) is finished by the next without paying anyone twice. When no row is
 * left pending, what the ledger refused goes back to the payer in one posting, and the batch is done. A batch whose
 * payment was rejected, expired, withdrawn (its maker started over) or refused for funds ends unpaid (CANCELLED).
 */
@Service
public class DisbursePayroll {

    private static final Logger log = LoggerFactory.getLogger(DisbursePayroll.class);
    /** Rows posted per batch per pass, and batches per pass (the oldest first): a pass takes seconds, not its lock's 20. */
    private static final int ROWS_PER_PASS = 250;
    private static final int BATCHES_PER_PASS = 2;
    /** Rows whose outcome is written in one statement. */
    private static final int CHUNK = 100;
    /** Postings in flight at once: the ledger commits those that arrive together in one transaction. */
    private static final int CONCURRENCY = 16;

    private final PayrollRepository batches;
    private final PaymentRepository payments;
    private final Ledger ledger;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    public DisbursePayroll(PayrollRepository batches, PaymentRepository payments, Ledger ledger, Outbox outbox, TransactionalOperator tx,
                           Clock clock) {
        this.batches = batches;
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    /** One pass; how many rows it posted. */
    public Mono<Long> advance() {
        return startApproved().then(batches.inStatus(PayrollBatch.Status.DISBURSING, BATCHES_PER_PASS).concatMap(this::disburse).reduce(0L, Long::sum));
    }

    /** Submitted batches whose payment came to its end: paid out when it was posted (and funded this batch), else over. */
    private Mono<Void> startApproved() {
        return batches.inStatus(PayrollBatch.Status.SUBMITTED, 5000).collectMap(PayrollBatch::paymentId)
                .flatMapMany(waiting -> payments.findAll(waiting.keySet())
                        .filter(payment -> payment.status().isFinal())
                        .concatMap(payment -> {
                            PayrollBatch batch = waiting.get(payment.id());
                            if (payment.status() != CorporatePayment.Status.COMPLETED) {
                                return batches.move(batch.id(), PayrollBatch.Status.SUBMITTED, PayrollBatch.Status.CANCELLED,
                                        payment.reason() == null ? payment.status().name() : payment.status() + " " + payment.reason(),
                                        clock.instant());
                            }
                            return batches.tally(batch.id()).flatMap(tally -> {
                                if (!funds(payment, batch) || !tally.pendingAmount().equals(batch.total())) {
                                    log.error("payroll batch {}: payment {} does not fund it as entered; not paid out", batch.id(), payment.id());
                                    return Mono.just(false);
                                }
                                return batches.move(batch.id(), PayrollBatch.Status.SUBMITTED, PayrollBatch.Status.DISBURSING, null,
                                        clock.instant());
                            });
                        }))
                .then();
    }

    /** The payment moved this batch's total from its account to the disbursement account, for it and nothing else. */
    private static boolean funds(CorporatePayment payment, PayrollBatch batch) {
        return payment.kind() == PaymentKind.PAYROLL && batch.id().equals(payment.memo())
                && InternalAccounts.CORPORATE_DISBURSEMENT.equals(payment.toAccountId())
                && payment.fromAccountId().equals(batch.fromAccountId()) && payment.enterpriseId().equals(batch.enterpriseId())
                && payment.amount().equals(batch.total());
    }

    private Mono<Long> disburse(PayrollBatch batch) {
        // read first, then posted: no connection waits on the ledger
        return batches.pending(batch.id(), ROWS_PER_PASS).collectList()
                .flatMapIterable(rows -> rows)
                .buffer(CHUNK)
                .concatMap(chunk -> Flux.fromIterable(chunk)
                        .flatMap(row -> ledger.post(posting(batch, row)).map(result -> settled(row, result)), CONCURRENCY)
                        .filter(Objects::nonNull)
                        .collectList()
                        .flatMap(settled -> batches.settle(batch.id(), settled).thenReturn((long) settled.size())))
                .reduce(0L, Long::sum)
                .flatMap(posted -> batches.tally(batch.id())
                        .flatMap(tally -> tally.pending() > 0 ? Mono.just(posted) : finish(batch, tally).thenReturn(posted)));
    }

    /** The row with the ledger's answer, or null while it has none (a lost answer: posted again next pass). */
    private static PayrollRow settled(PayrollRow row, LedgerResult result) {
        if (result.isRecorded()) {
            return withStatus(row, PayrollRow.Status.PAID, null);
        }
        if (result instanceof LedgerResult.Refused refused && refused.refusal() != LedgerRefusal.POSTING_ID_REUSED) {
            return withStatus(row, PayrollRow.Status.FAILED, RowProblem.REFUSED_BY_LEDGER);
        }
        if (result instanceof LedgerResult.Refused) {
            log.error("payroll batch {} row {}: the ledger holds another posting under its id; left pending", row.batchId(), row.row());
        }
        return null;
    }

    private static PayrollRow withStatus(PayrollRow row, PayrollRow.Status status, RowProblem problem) {
        return new PayrollRow(row.batchId(), row.row(), row.accountId(), row.lastFour(), row.name(), row.amount(), row.memo(), status, problem);
    }

    /** What failed goes back to the payer (once: the posting's id is the batch's), then the batch is done and announced. */
    private Mono<Void> finish(PayrollBatch batch, PayrollRepository.Tally tally) {
        Mono<Boolean> returned = !tally.failedAmount().isPositive() ? Mono.just(true)
                : ledger.post(new PostingRequest(batch.id() + "-return", Channel.CORPORATE_NETBANK, "PAYROLL_RETURN",
                        "代发退回 " + batch.id(), List.of(
                        Leg.debit(InternalAccounts.CORPORATE_DISBURSEMENT, tally.failedAmount(), batch.payerName()),
                        Leg.credit(batch.fromAccountId(), tally.failedAmount(), "代发" + batch.purpose().memo() + "退回 " + tally.failed() + "笔"))))
                .map(result -> {
                    if (result instanceof LedgerResult.Refused refused) {
                        log.error("payroll batch {}: the ledger refused to give {} back ({}); left disbursing", batch.id(),
                                tally.failedAmount(), refused.refusal());
                    }
                    return result.isRecorded();
                });
        Instant now = clock.instant();
        return returned.filter(Boolean::booleanValue)
                .flatMap(ok -> tx.transactional(batches.move(batch.id(), PayrollBatch.Status.DISBURSING, PayrollBatch.Status.COMPLETED, null, now)
                        .filter(Boolean::booleanValue)
                        .flatMap(moved -> outbox.append(CorporateTopics.PAYMENT, batch.paymentId(), CorporateTopics.PAYROLL_DISBURSED,
                                new PayrollDisbursed(batch.id(), batch.paymentId(), batch.enterpriseId(), batch.fromAccountId(),
                                        batch.purpose().name(), tally.paid(), tally.paidAmount().amount(), tally.failed(),
                                        tally.failedAmount().amount(), now, batch.makerId())))))
                .then();
    }

    /** Off the disbursement account to the payee, who reads the paying enterprise and the memo (工资, or the row's own). */
    public static PostingRequest posting(PayrollBatch batch, PayrollRow row) {
        return new PostingRequest(row.postingId(), Channel.CORPORATE_NETBANK, "PAYROLL", "代发" + batch.purpose().memo() + " " + batch.id()
                + " 第" + row.row() + "行", List.of(
                Leg.debit(InternalAccounts.CORPORATE_DISBURSEMENT, row.amount(), Counterparty.fit("尾号" + row.lastFour() + " " + row.name())),
                Leg.credit(row.accountId(), row.amount(), Counterparty.fit(batch.payeeCounterparty(row)))));
    }
}
