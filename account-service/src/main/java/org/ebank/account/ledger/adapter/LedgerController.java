package org.ebank.account.ledger.adapter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ebank.account.kernel.domain.Money;
import org.ebank.account.ledger.application.LedgerRepository;
import org.ebank.account.ledger.application.PostingBatcher;
import org.ebank.account.ledger.application.PostingOutcome;
import org.ebank.account.ledger.application.RecordedPosting;
import org.ebank.account.ledger.application.ReversePosting;
import org.ebank.account.ledger.domain.Channel;
import org.ebank.account.ledger.domain.Direction;
import org.ebank.account.ledger.domain.Leg;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.account.ledger.domain.PostingDecision;
import org.ebank.account.web.AccountProblems;
import org.ebank.account.web.Fields;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The ledger's internal API (not routed by the gateway): transfer-service and wealth-service post
 * here with ids of their own, under a SERVICE token.
 */
@RestController
class LedgerController {

    private final PostingBatcher postings;
    private final ReversePosting reversePosting;
    private final LedgerRepository ledger;

    LedgerController(PostingBatcher postings, ReversePosting reversePosting, LedgerRepository ledger) {
        this.postings = postings;
        this.reversePosting = reversePosting;
        this.ledger = ledger;
    }

    @PostMapping("/internal/ledger/postings")
    Mono<ResponseEntity<PostingResponse>> post(@Valid @RequestBody PostingRequest request) {
        // written together with the postings that arrive meanwhile (group commit), retried there on a race
        return postings.submit(request.toPosting()).map(LedgerController::respond);
    }

    /** Whether a posting went through, and how: for callers recovering after a crash. */
    @GetMapping("/internal/ledger/postings/{postingId}")
    Mono<PostingResponse> find(@PathVariable String postingId) {
        return ledger.findPosting(postingId).map(PostingResponse::of)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND,
                        new Text("记账不存在", "No such posting"))));
    }

    @PostMapping("/internal/ledger/postings/{postingId}/reversal")
    Mono<ResponseEntity<PostingResponse>> reverse(@PathVariable String postingId,
                                                  @Valid @RequestBody ReversalRequest request) {
        return retried(reversePosting.reverse(postingId, request.reversalId())).map(LedgerController::respond);
    }

    /** A racing retry under the same id, or a lock timeout: run the whole transaction again. */
    private static Mono<PostingOutcome> retried(Mono<PostingOutcome> outcome) {
        return outcome.retryWhen(Retry.backoff(3, Duration.ofMillis(20))
                .filter(e -> e instanceof DuplicateKeyException || e instanceof TransientDataAccessException));
    }

    private static ResponseEntity<PostingResponse> respond(PostingOutcome outcome) {
        if (outcome instanceof PostingOutcome.HoldUnavailable hold) {
            throw new ApiException(AccountProblems.HOLD_UNAVAILABLE, new Text("冻结不存在或已处理", "No such active hold"),
                    Map.of("holdId", hold.holdId()));
        }
        if (outcome instanceof PostingOutcome.AlreadyReversed reversed) {
            throw new ApiException(AccountProblems.ALREADY_REVERSED, new Text("该记账已冲正", "This posting was reversed already"),
                    Map.of("postingId", reversed.postingId(), "reversedBy", reversed.reversedBy()));
        }
        if (outcome instanceof PostingOutcome.NothingToReverse nothing) {
            throw new ApiException(AccountProblems.UNKNOWN_POSTING, new Text("没有可冲正的记账", "No recorded posting to reverse"),
                    Map.of("postingId", nothing.postingId()));
        }
        if (outcome instanceof PostingOutcome.IdConflict conflict) {
            throw new ApiException(AccountProblems.POSTING_ID_REUSED, new Text(
                    "该记账编号已用于内容不同的记账", "This posting id was used before for a posting with other content"),
                    Map.of("postingId", conflict.postingId()));
        }
        RecordedPosting posting = ((PostingOutcome.Decided) outcome).posting();
        if (posting.status() == RecordedPosting.Status.REFUSED) {
            throw refusal(posting);
        }
        boolean replay = ((PostingOutcome.Decided) outcome).replay();
        return ResponseEntity.status(replay ? 200 : 201).body(PostingResponse.of(posting));
    }

    private static ApiException refusal(RecordedPosting posting) {
        Map<String, Object> details = Map.of("postingId", posting.id(), "accountId", posting.refusedAccountId());
        if (posting.refusal() == PostingDecision.Refusal.INSUFFICIENT_FUNDS) {
            return new ApiException(AccountProblems.INSUFFICIENT_FUNDS,
                    new Text("账户可用余额不足", "The account's available balance is not enough"), details);
        }
        return new ApiException(AccountProblems.UNKNOWN_ACCOUNT, new Text("账户不存在", "No such account"), details);
    }

    record PostingRequest(
            @NotBlank @Size(max = 100) String postingId,
            @NotNull Channel channel,
            @NotBlank @Size(max = 40) String kind,
            @Size(max = 200) String memo,
            @NotEmpty @Size(max = Posting.MAX_LEGS) List<@Valid @NotNull LegRequest> legs,
            @Size(max = 100) String capturesHold) {

        Posting toPosting() {
            return Fields.parse("legs", () -> new Posting(postingId, channel, kind, memo,
                            legs.stream().map(LegRequest::toLeg).toList(), capturesHold, null),
                    new Text("记账分录不平衡或金额不正确（借贷必须相等，金额为正且最多两位小数）",
                            "The legs are not valid: debits must equal credits, amounts positive with at most two decimals"));
        }
    }

    record LegRequest(@NotBlank @Size(max = 64) String accountId, @NotNull Direction direction,
                      @NotNull BigDecimal amount, @Size(max = Leg.MAX_COUNTERPARTY_LENGTH) String counterparty) {

        Leg toLeg() {
            return new Leg(accountId, direction, new Money(amount), counterparty);
        }
    }

    record ReversalRequest(@NotBlank @Size(max = 100) String reversalId) {
    }

    record PostingResponse(String postingId, String status, String refusal, Instant recordedAt, List<EntryResponse> entries) {

        static PostingResponse of(RecordedPosting posting) {
            return new PostingResponse(posting.id(), posting.status().name(),
                    posting.refusal() == null ? null : posting.refusal().name(), posting.recordedAt(),
                    posting.entries().stream().map(e -> new EntryResponse(e.accountId(), e.direction().name(),
                            e.amount().toString(), e.balanceAfter() == null ? null : e.balanceAfter().toString())).toList());
        }
    }

    record EntryResponse(String accountId, String direction, String amount, String balanceAfter) {
    }
}
