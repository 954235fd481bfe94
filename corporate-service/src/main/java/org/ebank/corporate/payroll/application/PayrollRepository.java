package org.ebank.corporate.payroll.application;

import java.time.Instant;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.payroll.domain.PayrollBatch;
import org.ebank.corporate.payroll.domain.PayrollRow;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Payroll batches and their rows. */
public interface PayrollRepository {

    /** The batch and all its rows, in one go. */
    Mono<Void> insert(PayrollBatch batch, List<PayrollRow> rows);

    Mono<PayrollBatch> find(String batchId, String enterpriseId);

    /** The enterprise's batch, locked for the rest of the transaction: a maker's two submissions are decided in turn. */
    Mono<PayrollBatch> lock(String batchId, String enterpriseId);

    /** Newest first. */
    Flux<PayrollBatch> of(String enterpriseId, int limit);

    Mono<Void> update(PayrollBatch batch);

    /** Oldest first: the batches the disbursement job has work on. */
    Flux<PayrollBatch> inStatus(PayrollBatch.Status status, int limit);

    /** Moves the batch on if it still stands at {@code from}; false when another instance did it first. */
    /** The maker's batches of the enterprise not submitted yet, CANCELLED with {@code reason}: their ids. */
    Flux<String> cancelUnsubmitted(String enterpriseId, String makerId, String reason, Instant at);

    Mono<Boolean> move(String batchId, PayrollBatch.Status from, PayrollBatch.Status to, String reason, Instant at);

    /** The latest batch of the enterprise from a file with this hash since then, not cancelled. */
    Mono<String> earlierFromFile(String enterpriseId, String fileSha256, Instant since);

    /** How many rows the enterprise's makers uploaded since then. */
    Mono<Long> rowsUploadedSince(String enterpriseId, Instant since);

    /** In row order. */
    Flux<PayrollRow> rows(String batchId);

    /** Rows not posted yet, in row order. */
    Flux<PayrollRow> pending(String batchId, int limit);

    /** What the ledger answered for these rows (each PAID or FAILED), in one write. */
    Mono<Void> settle(String batchId, List<PayrollRow> settled);

    Mono<Tally> tally(String batchId);

    /** A batch's rows by where they stand, and the money of each. */
    record Tally(int invalid, int pending, int paid, int failed, Money pendingAmount, Money paidAmount, Money failedAmount) {
    }
}
