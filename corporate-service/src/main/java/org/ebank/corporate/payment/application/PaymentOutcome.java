package org.ebank.corporate.payment.application;

import org.ebank.corporate.operator.application.OperatorCodes;
import org.ebank.corporate.payment.domain.CorporatePayment;

/** What a payment step came to. */
public sealed interface PaymentOutcome {

    record Done(CorporatePayment payment) implements PaymentOutcome {
    }

    /** The domain refused the step (expired, not pending, the maker's own, approved by this checker already). */
    record Refused(CorporatePayment.Refusal refusal) implements PaymentOutcome {
    }

    /** No such payment of this enterprise, or no such account of it. */
    record NotFound(String what) implements PaymentOutcome {
    }

    /** The payee's number is no account of this bank's. */
    record UnknownPayee() implements PaymentOutcome {
    }

    /** The checker's dynamic token code was wrong or used, or their login is locked: nothing approved. */
    record CodeRefused(OperatorCodes.Check check) implements PaymentOutcome {
    }
}
