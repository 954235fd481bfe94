package org.ebank.corporate.operator.application;

import java.time.Instant;
import org.ebank.corporate.operator.domain.Operator;

/** What enrolling, activating, binding or signing in came to. */
public sealed interface OperatorOutcome {

    /** Enrolled or started over: the activation code is on its way to the operator's phone. */
    record Enrolled(Operator operator) implements OperatorOutcome {
    }

    /** The administrator's token code for the step was wrong or used, or their login is locked: nothing done. */
    record CodeRefused(OperatorCodes.Check check) implements OperatorOutcome {
    }

    /** An operator enrolled before phones were asked for: no phone to send a new activation code to. */
    record NoPhone(String operatorId) implements OperatorOutcome {
    }

    /** Password set; the token's key URI to show this once. */
    record TokenIssued(Operator operator, String otpauthUri) implements OperatorOutcome {

        @Override
        public String toString() {
            return "TokenIssued[" + operator.id() + ", otpauthUri=****]";
        }
    }

    record Active(Operator operator) implements OperatorOutcome {
    }

    record SignedIn(Operator operator, OperatorTokens.AccessToken token) implements OperatorOutcome {

        @Override
        public String toString() {
            return "SignedIn[" + operator.id() + "]";
        }
    }

    /** Password and code right, the code spent: the token is asked for once this is committed. */
    record Verified(Operator operator) implements OperatorOutcome {
    }

    /** The enterprise holds no settlement account yet: corporate netbank is a service on one. */
    record NoSettlementAccount(String enterpriseId) implements OperatorOutcome {
    }

    /** No such maker or checker of this enterprise (or, for staff, no administrator enrolled yet). */
    record UnknownOperator(String operatorId) implements OperatorOutcome {
    }

    /** No such enterprise (staff enrolling an administrator). */
    record UnknownEnterprise(String enterpriseId) implements OperatorOutcome {
    }

    /** The login name or the phone is taken in this enterprise, or the enterprise has its administrator already. */
    record Taken(String what) implements OperatorOutcome {
    }

    /**
     * Wrong credit code, login name, password, activation code or token code: one answer for all, with nothing that tells
     * a login that exists from one that does not (no count of attempts left).
     */
    record Refused() implements OperatorOutcome {
    }

    /** The right password and a right code used already: wait for the next one (not a failed attempt). */
    record CodeUsed() implements OperatorOutcome {
    }

    record Locked(Instant until) implements OperatorOutcome {
    }
}
