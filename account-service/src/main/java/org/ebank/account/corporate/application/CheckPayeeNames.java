package org.ebank.account.corporate.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ebank.contracts.ledger.PayeeNameAnswer;
import org.ebank.contracts.ledger.PayeeNameCheck;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * 户名核验 for payroll batches: whether the name a payer gives is the holder's of that account, compared as written
 * (spaces around it aside). The holder's name is never told: only whether it matches.
 */
@Service
public class CheckPayeeNames {

    private final CorporateAccountRepository accounts;

    public CheckPayeeNames(CorporateAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Mono<PayeeNameAnswer> check(List<PayeeNameCheck.Payee> payees) {
        return accounts.holders(payees.stream().map(PayeeNameCheck.Payee::accountId).collect(Collectors.toSet()))
                .collectMap(CorporateAccountRepository.Holder::accountId, holder -> Optional.ofNullable(holder.personName()))
                .map(holders -> new PayeeNameAnswer(payees.stream().map(payee -> match(holders, payee)).toList()));
    }

    private static PayeeNameAnswer.Match match(Map<String, Optional<String>> holders, PayeeNameCheck.Payee payee) {
        Optional<String> holder = holders.get(payee.accountId());
        if (holder == null) {
            return PayeeNameAnswer.Match.UNKNOWN_ACCOUNT;
        }
        if (holder.isEmpty()) {
            return PayeeNameAnswer.Match.NOT_PERSONAL;
        }
        return payee.name() != null && holder.get().strip().equals(payee.name().strip()) ? PayeeNameAnswer.Match.MATCH
                : PayeeNameAnswer.Match.MISMATCH;
    }
}
