package org.ebank.corporate.payment.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.operator.adapter.TokenCodes;
import org.ebank.corporate.operator.application.OperatorCodes;
import org.ebank.corporate.operator.domain.OperatorRole;
import org.ebank.corporate.payment.application.ApprovalRules;
import org.ebank.corporate.payment.application.ApprovePayments;
import org.ebank.corporate.payment.application.EnterPayments;
import org.ebank.corporate.payment.application.PaymentOutcome;
import org.ebank.corporate.payment.application.SetApprovalRule;
import org.ebank.corporate.payment.domain.ApprovalRule;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.corporate.web.CurrentOperator;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Corporate payments (经办/复核): a maker gets a quote and submits it; checkers approve with their dynamic token's code,
 * or reject with a reason; the approval rule decides when it is posted. Every operator of the enterprise reads them;
 * another enterprise's operator finds nothing (404).
 */
@RestController
class PaymentController {

    private final EnterPayments enter;
    private final ApprovePayments approve;
    private final ApprovalRules rules;
    private final SetApprovalRule setRule;
    private final IdempotentRequests idempotency;
    private final String bankCode;

    PaymentController(EnterPayments enter, ApprovePayments approve, ApprovalRules rules, SetApprovalRule setRule,
                      IdempotentRequests idempotency, @Value("${ebank.corporate.bank-code:EBANK}") String bankCode) {
        this.enter = enter;
        this.approve = approve;
        this.rules = rules;
        this.setRule = setRule;
        this.idempotency = idempotency;
        this.bankCode = bankCode;
    }

    @Operation(operationId = "quoteCorporatePayment", summary = "A maker's quote: payee, fee by the base tariff, checkers needed")
    @Refusals({"unknown-payee"})
    @PostMapping("/api/v1/corporate/payments/quotes")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<PaymentView> quote(@RequestBody NewPayment request) {
        Money amount = new Money(AmountInput.positiveFen(request.amount()));
        CorporateProblems.field("amount", () -> {
            if (amount.compareTo(CorporatePayment.MAX_AMOUNT) > 0) {
                throw new IllegalArgumentException("too much");
            }
            return amount;
        }, new Text("单笔付款最多1万亿元", "A payment is at most 1,000,000,000,000.00"));
        CorporateProblems.id("fromAccountId", request.fromAccountId());
        // no code, or this bank's: a payee here; another bank's code: through clearing
        String otherBank = request.toBankCode() == null || request.toBankCode().isBlank() || request.toBankCode().equals(bankCode) ? null
                : CorporateProblems.field("toBankCode", () -> {
                    if (!request.toBankCode().matches("[A-Za-z0-9]{1,20}")) {
                        throw new IllegalArgumentException("a bank code");
                    }
                    return request.toBankCode();
                }, new Text("收款行代码为1到20位字母或数字", "A bank code has 1 to 20 letters or digits"));
        String number = CorporateProblems.field("toAccountNumber", () -> {
            if (request.toAccountNumber() == null || !request.toAccountNumber().matches("\\d{12,30}")) {
                throw new IllegalArgumentException("digits");
            }
            return request.toAccountNumber();
        }, new Text("收款账号为12到30位数字", "The payee's account number has 12 to 30 digits"));
        CorporateProblems.field("toName", () -> {
            if (request.toName() == null || request.toName().isBlank() || request.toName().length() > 60) {
                throw new IllegalArgumentException("name");
            }
            return request.toName();
        }, new Text("收款人户名为1到60个字", "The payee's name has 1 to 60 characters"));
        CorporateProblems.field("memo", () -> {
            if (request.memo() != null && request.memo().length() > 60) {
                throw new IllegalArgumentException("memo");
            }
            return request.memo();
        }, new Text("附言最多60个字", "The memo has at most 60 characters"));
        return CurrentOperator.in(OperatorRole.MAKER.name())
                .flatMap(maker -> otherBank == null
                        ? enter.quote(maker.enterpriseId(), maker.operatorId(), request.fromAccountId(), number, request.toName(), amount,
                                request.memo())
                        : enter.quoteInterbank(maker.enterpriseId(), maker.operatorId(), request.fromAccountId(), otherBank, number,
                                request.toName(), amount, request.memo()))
                .map(PaymentController::view);
    }

    @Operation(operationId = "submitCorporatePayment", summary = "The maker submits the quote for approval (24 hours)")
    @Refusals({"payment-expired", "payment-closed"})
    @PostMapping("/api/v1/corporate/payments")
    Mono<PaymentView> submit(@RequestBody Submission request) {
        CorporateProblems.id("quoteId", request.quoteId());
        return CurrentOperator.in(OperatorRole.MAKER.name())
                .flatMap(maker -> enter.submit(maker.enterpriseId(), maker.operatorId(), request.quoteId()))
                .map(PaymentController::view);
    }

    /** Moves money once the last approval the rule asks for is given: a retry under the same key answers the same. */
    @Operation(operationId = "approveCorporatePayment", summary = "A checker approves with the dynamic token's code")
    @ApiResponse(responseCode = "200", description = "The payment as it stands after this approval: still pending, completed, sent to another bank (PENDING_CLEARING), or failed",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @Refusals({"payment-expired", "payment-closed", "own-payment", "already-approved", "token-code-wrong", "token-code-used",
            "login-locked"})
    @PostMapping("/api/v1/corporate/payments/{paymentId}/approval")
    Mono<ResponseEntity<String>> approve(@PathVariable String paymentId,
                                         @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                         @RequestBody Approval request) {
        TokenCodes.given(request.code());
        return CurrentOperator.in(OperatorRole.CHECKER.name())
                .flatMap(checker -> idempotency.execute(checker.operatorId(), key, new Keyed(paymentId, request),
                        () -> approve.approve(checker.enterpriseId(), checker.operatorId(), paymentId, request.code())
                                .map(outcome -> ResponseEntity.ok(view(outcome)))));
    }

    @Operation(operationId = "rejectCorporatePayment", summary = "A checker rejects, with a reason")
    @Refusals({"payment-expired", "payment-closed", "own-payment"})
    @PostMapping("/api/v1/corporate/payments/{paymentId}/rejection")
    Mono<PaymentView> reject(@PathVariable String paymentId, @RequestBody Rejection request) {
        String reason = CorporateProblems.field("reason", () -> {
            if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 200) {
                throw new IllegalArgumentException("reason");
            }
            return request.reason();
        }, new Text("请填写1到200字的退回原因", "Give a reason of 1 to 200 characters"));
        return CurrentOperator.in(OperatorRole.CHECKER.name())
                .flatMap(checker -> approve.reject(checker.enterpriseId(), checker.operatorId(), paymentId, reason))
                .map(PaymentController::view);
    }

    @Operation(operationId = "listCorporatePayments", summary = "The enterprise's payments, newest first")
    @GetMapping("/api/v1/corporate/payments")
    Mono<List<PaymentView>> list() {
        return CurrentOperator.get().flatMap(operator -> enter.list(operator.enterpriseId()).map(PaymentView::of).collectList());
    }

    @Operation(operationId = "getCorporatePayment", summary = "A payment and where it stands")
    @GetMapping("/api/v1/corporate/payments/{paymentId}")
    Mono<PaymentView> find(@PathVariable String paymentId) {
        return CurrentOperator.get().flatMap(operator -> enter.find(operator.enterpriseId(), paymentId)).map(PaymentView::of)
                .switchIfEmpty(Mono.error(() -> notFound("paymentId")));
    }

    @Operation(operationId = "getApprovalRule", summary = "From which amount a payment needs two checkers")
    @GetMapping("/api/v1/corporate/approval-rule")
    Mono<RuleView> rule() {
        return CurrentOperator.get().flatMap(operator -> rules.of(operator.enterpriseId())).map(RuleView::of);
    }

    /** With the administrator's token code: the line decides how many people it takes to move the enterprise's money. */
    @Operation(operationId = "setApprovalRule", summary = "Set from which amount a payment needs two checkers (administrator)")
    @Refusals({"token-code-wrong", "token-code-used", "login-locked"})
    @PutMapping("/api/v1/corporate/approval-rule")
    Mono<RuleView> setRule(@RequestBody RuleChange request) {
        ApprovalRule rule = new ApprovalRule(new Money(AmountInput.positiveFen(request.twoCheckersFrom())));
        String code = TokenCodes.given(request.code());
        return CurrentOperator.in(OperatorRole.ADMIN.name())
                .flatMap(admin -> setRule.set(admin.enterpriseId(), admin.operatorId(), rule, code))
                .map(check -> {
                    if (check != OperatorCodes.Check.VERIFIED) {
                        throw TokenCodes.refused(check);
                    }
                    return RuleView.of(rule);
                });
    }

    private static PaymentView view(PaymentOutcome outcome) {
        if (outcome instanceof PaymentOutcome.Done done) {
            return PaymentView.of(done.payment());
        }
        if (outcome instanceof PaymentOutcome.NotFound notFound) {
            throw notFound(notFound.what());
        }
        if (outcome instanceof PaymentOutcome.UnknownPayee) {
            throw new ApiException(CorporateProblems.UNKNOWN_PAYEE, new Text("收款账号不是本行账户（或就是付款账户）",
                    "The payee's number is no account of this bank's (or is the paying account)"), Map.of("field", "toAccountNumber"));
        }
        if (outcome instanceof PaymentOutcome.CodeRefused refused) {
            throw TokenCodes.refused(refused.check());
        }
        CorporatePayment.Refusal refusal = ((PaymentOutcome.Refused) outcome).refusal();
        throw switch (refusal) {
            case EXPIRED -> new ApiException(CorporateProblems.PAYMENT_EXPIRED, new Text("付款已过有效期，请重新经办",
                    "The payment has expired: enter it again"));
            case OWN_PAYMENT -> new ApiException(CorporateProblems.OWN_PAYMENT, new Text("经办人不能复核本人经办的付款",
                    "A maker never approves or rejects their own payment"));
            case ALREADY_APPROVED -> new ApiException(CorporateProblems.ALREADY_APPROVED, new Text("您已复核过该付款，需另一位复核人",
                    "You approved it already: it needs another checker"));
            case NOT_YOURS -> notFound("paymentId");
            case NOT_PENDING -> new ApiException(CorporateProblems.PAYMENT_CLOSED, new Text("该付款已不在待处理状态",
                    "The payment is no longer pending"));
        };
    }

    private static ApiException notFound(String what) {
        return new ApiException(CommonProblems.NOT_FOUND, "fromAccountId".equals(what)
                ? new Text("付款账户不是本企业的结算账户", "No such settlement account of your enterprise")
                : new Text("付款不存在", "No such payment"), Map.of("field", what));
    }

    /** {@code toBankCode}: another bank's code (none, or this bank's, for an account here). */
    record NewPayment(String fromAccountId, String toAccountNumber, String toName, String toBankCode, BigDecimal amount, String memo) {
    }

    record Submission(String quoteId) {
    }

    /** {@code code}: the 6 digits the checker's dynamic token shows now. */
    record Approval(String code) {

        @Override
        public String toString() {
            return "Approval[****]";
        }
    }

    private record Keyed(String paymentId, Approval approval) {
    }

    record Rejection(String reason) {
    }

    /**
     * {@code twoCheckersFrom}: from this amount on, a payment needs two different checkers; {@code code}: the
     * administrator's dynamic token's current code.
     */
    record RuleChange(BigDecimal twoCheckersFrom, String code) {

        @Override
        public String toString() {
            return "RuleChange[" + twoCheckersFrom + ", ****]";
        }
    }

    record RuleView(String twoCheckersFrom) {

        static RuleView of(ApprovalRule rule) {
            return new RuleView(rule.twoCheckersFrom().toString());
        }
    }

    /** {@code toBankCode}: the other bank's, for a payment through clearing; its account number shows as {@code payee}, masked. */
    record PaymentView(String paymentId, String status, String fromAccountId, String payee, String payeeName, String kind,
                       String amount, String fee, String memo, int approvals, int requiredApprovals, List<String> approvedBy,
                       String makerId, String reason, Instant createdAt, Instant expiresAt, String toBankCode) {

        static PaymentView of(CorporatePayment p) {
            return new PaymentView(p.id(), p.status().name(), p.fromAccountId(), p.payeeMasked(), p.toName(), p.kind().name(),
                    p.amount().toString(), p.fee().toString(), p.memo(), p.approvedBy().size(), p.requiredApprovals(), p.approvedBy(),
                    p.makerId(), p.reason(), p.createdAt(), p.expiresAt(), p.toBankCode());
        }
    }
}
