package org.ebank.account.ledger.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Map;
import org.ebank.account.ledger.application.LedgerRepository;
import org.ebank.account.ledger.application.PostingBatcher;
import org.ebank.account.ledger.application.PostingOutcome;
import org.ebank.account.ledger.application.RecordedPosting;
import org.ebank.account.ledger.application.ReversePosting;
import org.ebank.account.ledger.domain.Leg;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.account.ledger.domain.PostingDecision;
import org.ebank.account.web.AccountProblems;
import org.ebank.account.web.Fields;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.ledger.LedgerRefusal;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.ledger.PostingResponse;
import org.ebank.contracts.ledger.ReversalRequest;
import org.ebank.contracts.value.Money;
import org.ebank.platform.docs.Refusals;
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
 * The ledger's internal API (not routed by the gateway), as the contract in {@code org.ebank.contracts.ledger} says:
 * transfer-service and wealth-service post here with ids of their own, under a SERVICE token.
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

    @Operation(operationId = "recordPosting", summary = "Record a double-entry posting")
    @Refusals({"insufficient-funds", "unknown-account", "posting-id-reused", "hold-unavailable"})
    @PostMapping(LedgerApi.POSTINGS)
    Mono<ResponseEntity<PostingResponse>> post(@RequestBody PostingRequest request) {
        // written together with the postings that arrive meanwhile (group commit), retried there on a race
        return postings.submit(toPosting(request)).map(LedgerController::respond);
    }

    /** Whether a posting went through, and how: for callers recovering after a crash. */
    @Operation(operationId = "getPosting", summary = "A posting and its entries")
    @GetMapping(LedgerApi.POSTING)
    Mono<PostingResponse> find(@PathVariable String postingId) {
        return ledger.findPosting(postingId).map(LedgerController::response)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND,
                        new Text("记账不存在", "No such posting"))));
    }

    @Operation(operationId = "reversePosting", summary = "Reverse a posting (冲正)")
    @Refusals({"already-reversed", "unknown-posting", "insufficient-funds"})
    @PostMapping(LedgerApi.REVERSAL)
    Mono<ResponseEntity<PostingResponse>> reverse(@PathVariable String postingId,
                                                  @RequestBody ReversalRequest request) {
        if (request.reversalId() == null || request.reversalId().isBlank() || request.reversalId().length() > 100) {
            throw new ApiException(AccountProblems.INVALID_FIELD, new Text("冲正编号为 1 到 100 个字符", "A reversal id has 1 to 100 characters"));
        }
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
        return ResponseEntity.status(replay ? 200 : 201).body(response(posting));
    }

    private static ApiException refusal(RecordedPosting posting) {
        Map<String, Object> details = Map.of("postingId", posting.id(), "accountId", posting.refusedAccountId());
        if (posting.refusal() == PostingDecision.Refusal.INSUFFICIENT_FUNDS) {
            return new ApiException(AccountProblems.INSUFFICIENT_FUNDS,
                    new Text("账户可用余额不足", "The account's available balance is not enough"), details);
        }
        return new ApiException(AccountProblems.UNKNOWN_ACCOUNT, new Text("账户不存在", "No such account"), details);
    }

    /** The contract's request as the domain's posting; whatever the domain refuses is a 400 naming the posting. */
    private static Posting toPosting(PostingRequest request) {
        return Fields.parse("posting", () -> new Posting(request.postingId(), request.channel(), request.kind(), request.memo(),
                        request.legs() == null ? null : request.legs().stream().map(LedgerController::toLeg).toList(),
                        request.capturesHold(), null),
                new Text("记账请求不正确（编号、渠道、类型必填；借贷必须相等，金额为正且最多两位小数）",
                        "The posting is not valid: id, channel and kind are required, debits must equal credits, "
                                + "amounts positive with at most two decimals"));
    }

    private static Leg toLeg(org.ebank.contracts.ledger.Leg leg) {
        if (leg == null || leg.amount() == null) {
            throw new IllegalArgumentException("every leg has an amount");
        }
        return new Leg(leg.accountId(), leg.direction(), Money.of(leg.amount()), leg.counterparty());
    }

    private static PostingResponse response(RecordedPosting posting) {
        return new PostingResponse(posting.id(), PostingResponse.Status.valueOf(posting.status().name()),
                posting.refusal() == null ? null : LedgerRefusal.valueOf(posting.refusal().name()), posting.recordedAt(),
                posting.entries().stream().map(e -> new PostingResponse.Entry(e.accountId(), e.direction(),
                        e.amount().toString(), e.balanceAfter() == null ? null : e.balanceAfter().toString())).toList());
    }
}
