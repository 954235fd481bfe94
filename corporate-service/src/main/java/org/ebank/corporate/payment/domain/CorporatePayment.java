package org.ebank.corporate.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.value.Money;

/**
 * A payment from an enterprise's settlement account (对公付款), entered by a maker and executed only once the checkers
 * the approval rule asks for approved it (经办/复核). A maker never approves their own payment, nor does one checker
 * count twice; a quote is good for 10 minutes, a payment awaiting approval for 24 hours; each step is a transition here,
 * and the ledger posting (id = payment id) happens once, after the last approval. A payment to another bank
 * ({@code toBankCode}, with the payee's whole {@code toAccountNumber}, which the clearing network needs) is posted to the
 * interbank clearing account and waits there until the network settles it or the other bank returns it.
 */
public record CorporatePayment(String id, String enterpriseId, String payerName, String makerId, String fromAccountId, String toAccountId,
                               String toLastFour, String toName, PaymentKind kind, Money amount, Money fee, String memo,
                               int requiredApprovals, List<String> approvedBy, Status status, String reason, Instant createdAt,
                               Instant expiresAt, Instant updatedAt, String toBankCode, String toAccountNumber) {

    public static final Duration QUOTE_VALID = Duration.ofMinutes(10);
    public static final Duration APPROVAL_WINDOW = Duration.ofHours(24);
    /** What the ledger takes in one posting. */
    public static final Money MAX_AMOUNT = Money.of("1000000000000.00");
    /** Why a payment was withdrawn: its maker was started over. */
    public static final String WITHDRAWN_ON_RESET = "OPERATOR_RESET";

    public enum Status {
        /** Priced, not yet submitted by its maker. */
        QUOTED,
        PENDING_APPROVAL,
        /** Approved as the rule asks: being posted. */
        APPROVED,
        /** To another bank: posted (the money left the payer), handed to the clearing network, not settled yet. */
        PENDING_CLEARING,
        /** Posted to the payee here, or settled by the clearing network. */
        COMPLETED,
        /** The ledger refused it (insufficient funds): no money moved. */
        FAILED,
        REJECTED,
        EXPIRED,
        /** The other bank sent it back: the posting reversed, amount and fee back with the payer. */
        RETURNED,
        /** Its maker was started over (a lost phone, a stolen session) before it was approved: no money moved. */
        WITHDRAWN;

        public boolean isFinal() {
            return this == COMPLETED || this == FAILED || this == REJECTED || this == EXPIRED || this == RETURNED || this == WITHDRAWN;
        }
    }

    /** Why a step was not taken. */
    public enum Refusal {
        NOT_YOURS, EXPIRED, NOT_PENDING, OWN_PAYMENT, ALREADY_APPROVED
    }

    public CorporatePayment {
        approvedBy = List.copyOf(approvedBy);
        if (amount == null || !amount.isPositive() || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("a payment's amount is positive and at most " + MAX_AMOUNT);
        }
        if (memo != null && memo.length() > 60) {
            throw new IllegalArgumentException("a memo has at most 60 characters");
        }
        if (toName == null || toName.isBlank() || toName.length() > 60) {
            throw new IllegalArgumentException("the payee's name has 1 to 60 characters");
        }
    }

    public static CorporatePayment quoted(String id, String enterpriseId, String payerName, String makerId, String fromAccountId,
                                          String payerRegion,
                                          String toAccountId, String toLastFour, String payeeRegion, String toName, Money amount,
                                          String memo, ApprovalRule rule, Instant now) {
        PaymentKind kind = PaymentKind.between(payerRegion, payeeRegion);
        return new CorporatePayment(id, enterpriseId, payerName, makerId, fromAccountId, toAccountId, toLastFour, toName, kind, amount,
                BaseTariff.fee(kind, amount), memo, rule.approvalsFor(amount), List.of(), Status.QUOTED, null, now,
                now.plus(QUOTE_VALID), now, null, null);
    }

    /** To an account at another bank: through the interbank clearing account, the interbank tariff. */
    public static CorporatePayment quotedInterbank(String id, String enterpriseId, String payerName, String makerId, String fromAccountId,
                                                   String toBankCode, String toAccountNumber, String toName, Money amount, String memo,
                                                   ApprovalRule rule, Instant now) {
        if (toBankCode == null || !toBankCode.matches("[A-Za-z0-9]{1,20}") || toAccountNumber == null || !toAccountNumber.matches("\\d{12,30}")) {
            throw new IllegalArgumentException("another bank's code and an account number of 12 to 30 digits");
        }
        return new CorporatePayment(id, enterpriseId, payerName, makerId, fromAccountId, InternalAccounts.INTERBANK_CLEARING,
                toAccountNumber.substring(toAccountNumber.length() - 4), toName, PaymentKind.INTERBANK, amount,
                BaseTariff.fee(PaymentKind.INTERBANK, amount), memo, rule.approvalsFor(amount), List.of(), Status.QUOTED, null, now,
                now.plus(QUOTE_VALID), now, toBankCode, toAccountNumber);
    }

    /**
     * A payroll batch's total to the bank's disbursement account, entered when its maker submits the batch (the rows
     * were checked at upload, so there is no quote): awaiting approval at once, no fee; its memo names the batch.
     */
    public static CorporatePayment disbursement(String id, String enterpriseId, String payerName, String makerId, String fromAccountId,
                                                String label, Money total, String batchId, ApprovalRule rule, Instant now) {
        return new CorporatePayment(id, enterpriseId, payerName, makerId, fromAccountId, InternalAccounts.CORPORATE_DISBURSEMENT, "",
                label, PaymentKind.PAYROLL, total, BaseTariff.fee(PaymentKind.PAYROLL, total), batchId, rule.approvalsFor(total), List.of(),
                Status.PENDING_APPROVAL, null, now, now.plus(APPROVAL_WINDOW), now, null, null);
    }

    /** Never the other bank's whole account number. */
    @Override
    public String toString() {
        return "CorporatePayment[" + id + ", " + enterpriseId + ", " + kind + ", " + amount + ", " + status + "]";
    }

    /** The payee as operators and events show it: the last four digits of its number, or 代发 for a payroll batch. */
    public String payeeMasked() {
        return kind == PaymentKind.PAYROLL ? "代发" : "尾号" + toLastFour;
    }

    public boolean isExpired(Instant now) {
        return (status == Status.QUOTED || status == Status.PENDING_APPROVAL) && !now.isBefore(expiresAt);
    }

    /** The maker submits their quote for approval: 24 hours from now. */
    public Step submit(String maker, Instant now) {
        if (!maker.equals(makerId)) {
            return Step.refused(Refusal.NOT_YOURS);
        }
        if (status == Status.PENDING_APPROVAL) {
            return Step.unchanged(this);
        }
        if (status != Status.QUOTED) {
            return Step.refused(Refusal.NOT_PENDING);
        }
        if (isExpired(now)) {
            return Step.refused(Refusal.EXPIRED);
        }
        return Step.to(with(Status.PENDING_APPROVAL, approvedBy, null, now.plus(APPROVAL_WINDOW), now));
    }

    /** A checker approves: APPROVED once enough different checkers have. */
    public Step approve(String checker, Instant now) {
        Step refused = checkable(checker, now);
        if (refused != null) {
            return refused;
        }
        if (approvedBy.contains(checker)) {
            return Step.refused(Refusal.ALREADY_APPROVED);
        }
        List<String> approvals = new ArrayList<>(approvedBy);
        approvals.add(checker);
        return Step.to(with(approvals.size() >= requiredApprovals ? Status.APPROVED : Status.PENDING_APPROVAL, approvals, null,
                expiresAt, now));
    }

    public Step reject(String checker, String why, Instant now) {
        Step refused = checkable(checker, now);
        return refused != null ? refused : Step.to(with(Status.REJECTED, approvedBy, why, expiresAt, now));
    }

    public CorporatePayment expired(Instant now) {
        return with(Status.EXPIRED, approvedBy, "EXPIRED", expiresAt, now);
    }

    /** The ledger recorded its posting: paid, or for another bank handed on to clearing. */
    public CorporatePayment posted(Instant now) {
        return with(kind == PaymentKind.INTERBANK ? Status.PENDING_CLEARING : Status.COMPLETED, approvedBy, null, expiresAt, now);
    }

    /** The clearing network settled it with the other bank. */
    public CorporatePayment settled(Instant now) {
        return with(Status.COMPLETED, approvedBy, null, expiresAt, now);
    }

    /** The other bank sent it back, and why; the posting was reversed. */
    public CorporatePayment returned(String why, Instant now) {
        return with(Status.RETURNED, approvedBy, why == null ? "RETURNED" : why, expiresAt, now);
    }

    /**
     * What is left of it once {@code operator} is started over (重置): whatever was done in their name since their phone or
     * session was lost cannot be told from what they did themselves. Their own payment not yet approved is withdrawn;
     * their approval of another's payment not yet approved no longer counts (it waits for a checker again). A payment
     * approved as the rule asks is past this: it is posted. Empty when the operator had no part in it.
     */
    public Optional<CorporatePayment> withoutPartOf(String operator, Instant now) {
        if (status != Status.QUOTED && status != Status.PENDING_APPROVAL) {
            return Optional.empty();
        }
        if (operator.equals(makerId)) {
            return Optional.of(with(Status.WITHDRAWN, approvedBy, WITHDRAWN_ON_RESET, expiresAt, now));
        }
        if (!approvedBy.contains(operator)) {
            return Optional.empty();
        }
        return Optional.of(with(status, approvedBy.stream().filter(checker -> !checker.equals(operator)).toList(), null, expiresAt, now));
    }

    public CorporatePayment failed(String why, Instant now) {
        return with(Status.FAILED, approvedBy, why, expiresAt, now);
    }

    private Step checkable(String checker, Instant now) {
        if (status != Status.PENDING_APPROVAL) {
            return Step.refused(Refusal.NOT_PENDING);
        }
        if (isExpired(now)) {
            return Step.refused(Refusal.EXPIRED);
        }
        if (checker.equals(makerId)) {
            return Step.refused(Refusal.OWN_PAYMENT);
        }
        return null;
    }

    private CorporatePayment with(Status next, List<String> approvals, String why, Instant expires, Instant now) {
        return new CorporatePayment(id, enterpriseId, payerName, makerId, fromAccountId, toAccountId, toLastFour, toName, kind, amount,
                fee, memo, requiredApprovals, approvals, next, why, createdAt, expires, now, toBankCode, toAccountNumber);
    }

    /**
     * The rule as it is now, if it asks for more checkers than it did at the quote: a rule tightened meanwhile holds for
     * payments not yet approved (one loosened does not lower what a payment already needs).
     */
    public CorporatePayment requiring(int approvals) {
        return approvals <= requiredApprovals ? this : new CorporatePayment(id, enterpriseId, payerName, makerId, fromAccountId,
                toAccountId, toLastFour, toName, kind, amount, fee, memo, approvals, approvedBy, status, reason, createdAt, expiresAt,
                updatedAt, toBankCode, toAccountNumber);
    }

    /** A step's outcome: the payment after it (the same when nothing changed), or why it was refused. */
    public record Step(CorporatePayment payment, boolean changed, Refusal refusal) {

        static Step to(CorporatePayment payment) {
            return new Step(payment, true, null);
        }

        static Step unchanged(CorporatePayment payment) {
            return new Step(payment, false, null);
        }

        static Step refused(Refusal refusal) {
            return new Step(null, false, refusal);
        }
    }
}
