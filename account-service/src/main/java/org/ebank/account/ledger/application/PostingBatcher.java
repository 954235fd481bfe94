package org.ebank.account.ledger.application;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.platform.events.TraceParent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.util.retry.Retry;

/**
 * Group commit for the ledger: postings that arrive while a batch is being written wait for the next batch, and
 * each batch is written in one transaction ({@link RecordPosting#recordAll}) — one lock statement, a few inserts
 * and one commit (one fsync) for all of them. Nothing waits on purpose: alone, a posting is written at once; under
 * load, batches grow with it (up to {@code ebank.ledger.max-batch}). Each posting keeps its own idempotency, its own
 * refusal and its own answer. If a batch's transaction fails, each of its postings is tried again alone, so one
 * posting's fault is never another's.
 */
@Component
public class PostingBatcher {

    private static final Retry RACES = Retry.backoff(3, Duration.ofMillis(20))
            .filter(e -> e instanceof DuplicateKeyException || e instanceof TransientDataAccessException);

    private final RecordPosting recordPosting;
    private final TransactionalOperator tx;
    private final int maxBatch;
    private final DistributionSummary batchSizes;
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    public PostingBatcher(RecordPosting recordPosting, TransactionalOperator tx, MeterRegistry meters,
                          @Value("${ebank.ledger.max-batch:100}") int maxBatch) {
        this.recordPosting = recordPosting;
        this.tx = tx;
        this.maxBatch = maxBatch;
        this.batchSizes = DistributionSummary.builder("ebank.ledger.batch.size")
                .description("Postings written together in one transaction").register(meters);
    }

    /** Records the posting with whatever else is waiting; its events carry the caller's trace. */
    public Mono<PostingOutcome> submit(Posting posting) {
        return TraceParent.current().flatMap(trace -> Mono.<PostingOutcome>create(sink -> {
            queue.add(new Waiting(new RecordPosting.Submission(posting, trace.orElse(null)), sink));
            drain();
        }));
    }

    private void drain() {
        while (!queue.isEmpty() && writing.compareAndSet(false, true)) {
            List<Waiting> batch = new ArrayList<>();
            for (Waiting next = queue.poll(); next != null; next = batch.size() < maxBatch ? queue.poll() : null) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                writing.set(false);
                continue;
            }
            batchSizes.record(batch.size());
            write(batch).doFinally(signal -> {
                writing.set(false);
                drain();
            }).subscribe();
            return;
        }
    }

    private Mono<Void> write(List<Waiting> batch) {
        return inTransaction(batch)
                .doOnNext(outcomes -> {
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).sink().success(outcomes.get(i));
                    }
                })
                .then()
                .onErrorResume(failed -> batch.size() == 1
                        ? Mono.fromRunnable(() -> batch.get(0).sink().error(failed))
                        : Flux.fromIterable(batch).concatMap(alone -> inTransaction(List.of(alone))
                                .doOnNext(outcomes -> alone.sink().success(outcomes.get(0)))
                                .onErrorResume(error -> Mono.fromRunnable(() -> alone.sink().error(error)))).then());
    }

    /** A racing retry under the same id, or a lock timeout: the whole transaction runs again. */
    private Mono<List<PostingOutcome>> inTransaction(List<Waiting> batch) {
        return Mono.defer(() -> tx.transactional(recordPosting.recordAll(batch.stream().map(Waiting::submission).toList())))
                .retryWhen(RACES);
    }

    private record Waiting(RecordPosting.Submission submission, MonoSink<PostingOutcome> sink) {
    }
}
