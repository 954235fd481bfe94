package org.ebank.account.card.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.OffsetDateTime;
import org.ebank.account.card.application.CardAccount;
import org.ebank.account.card.application.CardAccountRepository;
import org.ebank.account.ledger.application.AccountHistory;
import org.ebank.account.ledger.application.HistoryLine;
import org.ebank.account.ledger.application.HistoryQuery;
import org.ebank.account.web.Cursors;
import org.ebank.account.web.Customers;
import org.ebank.contracts.value.Direction;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.web.Page;
import org.ebank.platform.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A customer's own accounts and their history. Anyone else's account does not exist (404). */
@RestController
class MyAccountsController {

    private final CardAccountRepository accounts;
    private final AccountHistory history;

    MyAccountsController(CardAccountRepository accounts, AccountHistory history) {
        this.accounts = accounts;
        this.history = history;
    }

    @Operation(operationId = "listMyAccounts", summary = "The signed-in customer's accounts")
    @GetMapping("/api/v1/accounts")
    Mono<Page<AccountView>> myAccounts() {
        return Customers.current()
                .flatMapMany(caller -> accounts.findByCustomer(caller.subject()))
                .map(AccountView::of)
                .collectList()
                .map(items -> new Page<>(items, null));
    }

    @Operation(operationId = "listAccountTransactions", summary = "An account's history, newest first")
    @GetMapping("/api/v1/accounts/{accountId}/transactions")
    Mono<Page<HistoryView>> transactions(@PathVariable String accountId,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                                         @RequestParam(required = false) Direction direction,
                                         @RequestParam(required = false) String cursor,
                                         @RequestParam(defaultValue = "20") int limit) {
        HistoryQuery query = new HistoryQuery(accountId, from == null ? null : from.toInstant(), to == null ? null : to.toInstant(),
                direction, Cursors.parse(cursor), Paging.limit(limit));
        return owned(accountId)
                .flatMap(account -> history.page(query).map(HistoryView::of).collectList())
                .map(items -> Page.of(items, query.limit(), last -> Cursors.of(last.position())));
    }

    private Mono<CardAccount> owned(String accountId) {
        return Customers.current()
                .flatMap(caller -> accounts.findById(accountId).filter(a -> a.customerId().equals(caller.subject())))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND,
                        new Text("账户不存在", "No such account"))));
    }

    record AccountView(String accountId, String cardNumber, String product, String productName, String region,
                       String balance, String available, Integer starLevel, String familyAccountId) {

        static AccountView of(CardAccount account) {
            return new AccountView(account.id(), account.cardNumber().masked(), account.product().name(),
                    account.product().chineseName(), account.region().code(), account.balance().toString(),
                    account.available().toString(), account.starLevel(), account.familyAccountId());
        }
    }

    record HistoryView(String postingId, OffsetDateTime time, String direction, String amount, String balanceAfter,
                       String channel, String kind, String memo, String counterparty, @com.fasterxml.jackson.annotation.JsonIgnore long position) {

        static HistoryView of(HistoryLine line) {
            return new HistoryView(line.postingId(), line.time().atZone(org.ebank.platform.PlatformAutoConfiguration.BANK_ZONE)
                    .toOffsetDateTime(), line.direction().name(), line.amount().toString(), line.balanceAfter().toString(),
                    line.channel(), line.kind(), line.memo(), line.counterparty(), line.id());
        }
    }
}
