package org.ebank.account.corporate.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ebank.account.card.domain.CardNumber;
import org.ebank.account.corporate.domain.CorporateAccount;
import org.ebank.account.ledger.application.PostingOutcome;
import org.ebank.account.ledger.application.RecordPosting;
import org.ebank.account.ledger.domain.Leg;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.secrets.CardNumberHash;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Opens an enterprise's settlement account for corporate-service, once per id: the account, its announcement (so
 * transfers find it as a payee by its number, like a card), the opening deposit (cash at the counter) and the audit
 * record commit together. The enterprise itself is corporate-service's; the ledger keeps only its id.
 */
@Service
public class OpenCorporateAccount {

    private static final int NUMBER_DRAWS = 5;

    private final CorporateAccountRepository accounts;
    private final RecordPosting recordPosting;
    private final Outbox outbox;
    private final Audit audit;
    private final CardNumberHash numberHash;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OpenCorporateAccount(CorporateAccountRepository accounts, RecordPosting recordPosting, Outbox outbox, Audit audit,
                                CardNumberHash numberHash, Clock clock) {
        this.accounts = accounts;
        this.recordPosting = recordPosting;
        this.outbox = outbox;
        this.audit = audit;
        this.numberHash = numberHash;
        this.clock = clock;
    }

    @Transactional
    public Mono<CorporateOpening> open(OpenCorporateAccountCommand command) {
        return existing(command).switchIfEmpty(Mono.defer(() -> insert(command, NUMBER_DRAWS)));
    }

    /** An account under the command's id already: the same one asked again, or another's. */
    private Mono<CorporateOpening> existing(OpenCorporateAccountCommand command) {
        return accounts.findById(command.accountId()).map(account -> account.sameAs(command.enterpriseId(), command.region())
                ? new CorporateOpening.Opened(account, true) : new CorporateOpening.IdTaken(command.accountId()));
    }

    /** A concurrent request with the same id inserts first: this one then finds its account (its insert waited). */
    private Mono<CorporateOpening> insert(OpenCorporateAccountCommand command, int drawsLeft) {
        CorporateAccount account = new CorporateAccount(command.accountId(), command.enterpriseId(),
                CardNumber.issueCorporate(random), command.region(), Money.ZERO, Money.ZERO, clock.instant());
        return accounts.insert(account, command.branchCode()).flatMap(inserted -> {
            if (inserted) {
                return announce(account, command.branchCode())
                        .then(deposit(account, command.initialDeposit()))
                        .then(audit.record(AuditAction.ACCOUNT_OPENED, account.id(), details(account, command)))
                        .then(accounts.findById(account.id()))
                        .map(opened -> (CorporateOpening) new CorporateOpening.Opened(opened, false));
            }
            return existing(command).switchIfEmpty(Mono.defer(() -> drawsLeft > 1 ? insert(command, drawsLeft - 1)
                    : Mono.error(new IllegalStateException("no free corporate account number in " + NUMBER_DRAWS + " draws"))));
        });
    }

    private static Map<String, String> details(CorporateAccount account, OpenCorporateAccountCommand command) {
        Map<String, String> details = new LinkedHashMap<>(Map.of("enterpriseId", account.enterpriseId(),
                "product", CardProduct.CORPORATE.name(), "region", account.region().code(),
                "initialDeposit", command.initialDeposit().toString(), "account", "****" + account.accountNumber().lastFour()));
        if (command.branchCode() != null) {
            details.put("branch", command.branchCode());
        }
        return details;
    }

    private Mono<PostingOutcome> deposit(CorporateAccount account, Money amount) {
        if (!amount.isPositive()) {
            return Mono.empty();
        }
        return recordPosting.record(new Posting("open-" + account.id(), Channel.COUNTER, "CASH_DEPOSIT", "开户存入 Opening deposit",
                List.of(new Leg(InternalAccounts.CASH, Direction.DEBIT, amount), new Leg(account.id(), Direction.CREDIT, amount))));
    }

    private Mono<?> announce(CorporateAccount account, String branchCode) {
        return outbox.append(AccountTopics.ACCOUNT, account.id(), AccountTopics.ACCOUNT_OPENED,
                new AccountOpened(account.id(), account.enterpriseId(), CardProduct.CORPORATE, account.region().code(),
                        account.accountNumber().lastFour(), numberHash.of(account.accountNumber().value()), null,
                        account.openedAt(), branchCode));
    }
}
