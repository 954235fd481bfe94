package org.ebank.corporate.payroll.application;

import java.util.List;
import org.ebank.contracts.ledger.PayeeNameAnswer;
import org.ebank.contracts.ledger.PayeeNameCheck;
import reactor.core.publisher.Mono;

/** 户名核验 by the ledger, which holds the account holders' names: whether each name is its account's holder's. */
public interface PayeeNames {

    /** One answer per payee, in their order. */
    Mono<List<PayeeNameAnswer.Match>> check(List<PayeeNameCheck.Payee> payees);
}
