package org.ebank.corporate.account.adapter;

import java.time.Duration;
import org.ebank.contracts.ledger.CorporateAccount;
import org.ebank.contracts.ledger.CorporateAccountRequest;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.account.application.SettlementLedger;
import org.ebank.corporate.account.domain.SettlementAccount;
import org.ebank.platform.ledger.ServiceToken;
import org.ebank.platform.problem.Unreachable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * The ledger's corporate-account API on account-service ({@link LedgerApi#CORPORATE_ACCOUNTS}), under this service's
 * SERVICE token. A ledger that cannot answer is {@link Unreachable}: the staff member's request gets 503 and
 * Retry-After, and its retry (same idempotency key, same account id) finishes the opening.
 */
class HttpSettlementLedger implements SettlementLedger {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient http;
    private final ServiceToken token;

    HttpSettlementLedger(WebClient http, ServiceToken token) {
        this.http = http;
        this.token = token;
    }

    @Override
    public Mono<SettlementAccount> open(String accountId, String enterpriseId, String region, Money initialDeposit, String branchCode) {
        return token.get().flatMap(bearer -> http.post().uri(LedgerApi.CORPORATE_ACCOUNTS)
                        .headers(h -> h.setBearerAuth(bearer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(new CorporateAccountRequest(accountId, enterpriseId, region, initialDeposit.toString(), branchCode))
                        .retrieve().bodyToMono(CorporateAccount.class).timeout(TIMEOUT))
                .map(HttpSettlementLedger::toAccount)
                .onErrorMap(HttpSettlementLedger::unreachable, e -> new Unreachable("the ledger", e));
    }

    @Override
    public Mono<SettlementAccount> find(String accountId) {
        return token.get().flatMap(bearer -> http.get().uri(LedgerApi.CORPORATE_ACCOUNT, accountId)
                        .headers(h -> h.setBearerAuth(bearer))
                        .retrieve().bodyToMono(CorporateAccount.class).timeout(TIMEOUT))
                .map(HttpSettlementLedger::toAccount)
                .onErrorResume(WebClientResponseException.NotFound.class, e -> Mono.empty())
                .onErrorMap(HttpSettlementLedger::unreachable, e -> new Unreachable("the ledger", e));
    }

    /** No answer, or the ledger's own failure; its refusals (4xx) are answers, and a defect of ours if they come. */
    private static boolean unreachable(Throwable e) {
        return !(e instanceof WebClientResponseException response) || response.getStatusCode().is5xxServerError()
                || response.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS);
    }

    private static SettlementAccount toAccount(CorporateAccount account) {
        return new SettlementAccount(account.accountId(), account.enterpriseId(), account.accountNumber(), account.region(),
                Money.of(account.balance()), Money.of(account.available()), account.openedAt());
    }
}
