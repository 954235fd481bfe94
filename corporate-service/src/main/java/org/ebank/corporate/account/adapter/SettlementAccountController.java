package org.ebank.corporate.account.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.ebank.corporate.account.application.SettlementAccounts;
import org.ebank.corporate.web.CurrentOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An enterprise's operators read its settlement accounts: what a maker pays from, and what is left on each. */
@RestController
class SettlementAccountController {

    private final SettlementAccounts accounts;

    SettlementAccountController(SettlementAccounts accounts) {
        this.accounts = accounts;
    }

    @Operation(operationId = "listMySettlementAccounts", summary = "The signed-in operator's enterprise's settlement accounts, with their balances now")
    @GetMapping("/api/v1/corporate/accounts")
    Mono<List<SettlementAccountOpsController.AccountLine>> mine() {
        return CurrentOperator.get().flatMap(operator -> accounts.of(operator.enterpriseId())
                .map(SettlementAccountOpsController.AccountLine::of).collectList());
    }
}
