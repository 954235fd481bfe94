package org.ebank.corporate.payroll.application;

import org.ebank.corporate.payroll.domain.PayrollBatch;
import org.ebank.corporate.payroll.domain.PayrollRow;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What operators read of their enterprise's batches: every operator of it reads them, another enterprise's none. */
@Service
public class PayrollQueries {

    private final PayrollRepository batches;

    public PayrollQueries(PayrollRepository batches) {
        this.batches = batches;
    }

    public Mono<PayrollBatch> find(String enterpriseId, String batchId) {
        return batches.find(batchId, enterpriseId);
    }

    public Flux<PayrollBatch> list(String enterpriseId) {
        return batches.of(enterpriseId, 50);
    }

    public Mono<PayrollRepository.Tally> tally(String batchId) {
        return batches.tally(batchId);
    }

    public Flux<PayrollRow> rows(String batchId) {
        return batches.rows(batchId);
    }

    /** The rows that were not paid, or will not be: found wrong at upload, or refused by the ledger. */
    public Flux<PayrollRow> unpaid(String batchId) {
        return batches.rows(batchId).filter(row -> row.problem() != null);
    }
}
