package org.ebank.corporate.account.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.account.application.SettlementAccounts;
import org.ebank.corporate.account.domain.SettlementAccount;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff open an enterprise's corporate settlement accounts (单位结算账户) and read them. */
@RestController
class SettlementAccountOpsController {

    private final SettlementAccounts accounts;
    private final IdempotentRequests idempotency;

    SettlementAccountOpsController(SettlementAccounts accounts, IdempotentRequests idempotency) {
        this.accounts = accounts;
        this.idempotency = idempotency;
    }

    /**
     * Moves money (the opening deposit): a retry under the same Idempotency-Key opens nothing more and answers the same;
     * the account's id comes from the key, so even a retry after a lost answer finds the account its first try opened.
     */
    @Operation(operationId = "openSettlementAccount", summary = "Open a corporate settlement account, with its opening deposit")
    @ApiResponse(responseCode = "201", description = "The account, with its number in full (staff view)",
            content = @Content(schema = @Schema(implementation = OpenedAccount.class)))
    @Refusals({"unknown-enterprise"})
    @PostMapping("/api/v1/ops/enterprises/{enterpriseId}/accounts")
    Mono<ResponseEntity<String>> open(@PathVariable String enterpriseId,
                                      @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                      @RequestBody NewAccount request) {
        String region = request.region() == null ? null : CorporateProblems.field("region", () -> {
            if (!request.region().matches("[1-9]\\d{5}")) {
                throw new IllegalArgumentException("a region is a 6-digit division code");
            }
            return request.region();
        }, new Text("地区代码应为6位行政区划代码，如 440100", "The region is a 6-digit division code, e.g. 440100"));
        Money deposit = CorporateProblems.field("initialDeposit", () -> {
            Money amount = new Money(request.initialDeposit() == null ? BigDecimal.ZERO : request.initialDeposit());
            if (amount.isNegative()) {
                throw new IllegalArgumentException("not negative");
            }
            return amount;
        }, new Text("开户存入金额不能为负，最多两位小数", "The initial deposit is zero or more, with at most two decimals"));
        return Caller.current().flatMap(staff -> idempotency.execute(staff.subject(), key, new Keyed(enterpriseId, request),
                () -> accounts.open(IdempotentRequests.operationId("cacc_", staff.subject() + "\n" + enterpriseId, key), enterpriseId,
                                region, deposit, staff.branch())
                        .switchIfEmpty(Mono.error(() -> CorporateProblems.unknownEnterprise(enterpriseId)))
                        .map(account -> ResponseEntity.status(HttpStatus.CREATED).body(OpenedAccount.of(account)))));
    }

    @Operation(operationId = "listSettlementAccounts", summary = "An enterprise's settlement accounts, with their balances now")
    @GetMapping("/api/v1/ops/enterprises/{enterpriseId}/accounts")
    Mono<List<AccountLine>> list(@PathVariable String enterpriseId) {
        return accounts.of(enterpriseId).map(AccountLine::of).collectList();
    }

    record NewAccount(String region, BigDecimal initialDeposit) {
    }

    /** An account in a list: its number masked, as everywhere but where staff open it. */
    record AccountLine(String accountId, String accountNumber, String region, String balance, String available, Instant openedAt) {

        static AccountLine of(SettlementAccount account) {
            return new AccountLine(account.id(), account.maskedNumber(), account.region(), account.balance().toString(),
                    account.available().toString(), account.openedAt());
        }
    }

    /** What a key stands for: the body and the enterprise in the path. */
    private record Keyed(String enterpriseId, NewAccount request) {
    }

    record OpenedAccount(String accountId, String enterpriseId, String accountNumber, String region, String balance,
                         String available, Instant openedAt) {

        static OpenedAccount of(SettlementAccount account) {
            return new OpenedAccount(account.id(), account.enterpriseId(), account.accountNumber(), account.region(),
                    account.balance().toString(), account.available().toString(), account.openedAt());
        }
    }
}
