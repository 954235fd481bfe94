package org.ebank.account.card.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.account.card.domain.CardNumber;
import org.ebank.account.customer.application.CustomerRepository;
import org.ebank.account.ledger.application.PostingOutcome;
import org.ebank.account.ledger.application.RecordPosting;
import org.ebank.account.ledger.domain.Leg;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.account.star.application.StarLevels;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.secrets.CardNumberHash;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Staff open a card account for a customer; the initial deposit is cash paid in at the counter. */
@Service
public class OpenAccount {

    private static final int CARD_NUMBER_DRAWS = 5;

    private final CardAccountRepository accounts;
    private final CustomerRepository customers;
    private final RecordPosting recordPosting;
    private final Outbox outbox;
    private final Audit audit;
    private final CardNumberHash cardHash;
    private final StarLevels starLevels;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OpenAccount(CardAccountRepository accounts, CustomerRepository customers, RecordPosting recordPosting,
                       Outbox outbox, Audit audit, StarLevels starLevels, CardNumberHash cardHash, Clock clock) {
        this.cardHash = cardHash;
        this.accounts = accounts;
        this.customers = customers;
        this.recordPosting = recordPosting;
        this.outbox = outbox;
        this.audit = audit;
        this.starLevels = starLevels;
        this.clock = clock;
    }

    @Transactional
    public Mono<OpeningOutcome> open(OpenAccountCommand command) {
        return customers.findById(command.customerId())
                .flatMap(customer -> familyAccountOk(command)
                        .flatMap(ok -> ok ? insert(command) : Mono.just(
                                (OpeningOutcome) new OpeningOutcome.UnknownFamilyAccount(command.familyAccountId()))))
                .defaultIfEmpty(new OpeningOutcome.UnknownCustomer(command.customerId().value()));
    }

    private Mono<Boolean> familyAccountOk(OpenAccountCommand command) {
        if (command.familyAccountId() == null) {
            return Mono.just(true);
        }
        return accounts.findById(command.familyAccountId()).hasElement();
    }

    private Mono<OpeningOutcome> insert(OpenAccountCommand command) {
        String id = "acc_" + UUID.randomUUID().toString().replace("-", "");
        return Mono.defer(() -> accounts.insert(new CardAccount(id, command.customerId().value(), CardNumber.issue(random),
                        command.product(), command.region(), command.familyAccountId(), Money.ZERO, Money.ZERO, null,
                        clock.instant()), command.branchCode()))
                .repeatWhenEmpty(CARD_NUMBER_DRAWS, attempts -> attempts)
                // the opening is announced before the deposit's events, so readers know the card first
                .flatMap(account -> announce(account, command.branchCode())
                        .then(deposit(account, command.initialDeposit()))
                        .then(audit.record(AuditAction.ACCOUNT_OPENED, account.id(), Map.of("customerId", account.customerId(),
                                "product", account.product().name(), "region", account.region().code(),
                                "branch", String.valueOf(command.branchCode()),
                                "initialDeposit", command.initialDeposit().toString(), "card", "****" + account.cardNumber().lastFour())))
                        .then(starLevels.recompute(List.of(account.id())))
                        .then(accounts.findById(account.id())))
                .map(OpeningOutcome.Opened::new);
    }

    private Mono<PostingOutcome> deposit(CardAccount account, Money amount) {
        if (!amount.isPositive()) {
            return Mono.empty();
        }
        return recordPosting.record(new Posting("open-" + account.id(), Channel.COUNTER, "CASH_DEPOSIT", "开户存入 Opening deposit",
                List.of(new Leg(InternalAccounts.CASH, Direction.DEBIT, amount), new Leg(account.id(), Direction.CREDIT, amount))));
    }

    private Mono<?> announce(CardAccount account, String branchCode) {
        return outbox.append(AccountTopics.ACCOUNT, account.id(), AccountTopics.ACCOUNT_OPENED,
                new AccountOpened(account.id(), account.customerId(), account.product(), account.region().code(),
                        account.cardNumber().lastFour(), cardHash.of(account.cardNumber().value()), account.familyAccountId(),
                        account.openedAt(), branchCode));
    }
}
