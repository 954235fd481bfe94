package org.ebank.account.ledger.adapter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.ebank.account.ledger.application.HoldOutcome;
import org.ebank.account.ledger.application.Holds;
import org.ebank.account.ledger.domain.Hold;
import org.ebank.account.web.AccountProblems;
import org.ebank.account.web.Fields;
import org.ebank.contracts.value.Money;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Internal: reserve money on an account until a later posting captures it, or release it. */
@RestController
class HoldController {

    private final Holds holds;

    HoldController(Holds holds) {
        this.holds = holds;
    }

    @Operation(operationId = "placeHold", summary = "Hold money on an account")
    @Refusals({"insufficient-funds", "unknown-account", "posting-id-reused"})
    @PostMapping("/internal/ledger/holds")
    Mono<HoldView> place(@Valid @RequestBody HoldRequest request) {
        Money amount = Fields.parse("amount", () -> positive(new Money(request.amount())),
                new Text("冻结金额须为正数且最多两位小数", "The amount is positive with at most two decimals"));
        return holds.place(request.holdId(), request.accountId(), amount).map(HoldController::respond);
    }

    @Operation(operationId = "releaseHold", summary = "Release a hold")
    @PostMapping("/internal/ledger/holds/{holdId}/release")
    Mono<HoldView> release(@PathVariable String holdId) {
        return holds.release(holdId).map(HoldController::respond);
    }

    private static HoldView respond(HoldOutcome outcome) {
        if (outcome instanceof HoldOutcome.Done done) {
            Hold hold = done.hold();
            return new HoldView(hold.id(), hold.accountId(), hold.amount().toString(), hold.status().name());
        }
        if (outcome instanceof HoldOutcome.InsufficientFunds poor) {
            throw new ApiException(AccountProblems.INSUFFICIENT_FUNDS,
                    new Text("账户可用余额不足", "The account's available balance is not enough"), Map.of("accountId", poor.accountId()));
        }
        if (outcome instanceof HoldOutcome.UnknownAccount unknown) {
            throw new ApiException(AccountProblems.UNKNOWN_ACCOUNT, new Text("账户不存在", "No such account"),
                    Map.of("accountId", unknown.accountId()));
        }
        if (outcome instanceof HoldOutcome.IdConflict conflict) {
            throw new ApiException(AccountProblems.POSTING_ID_REUSED, new Text("该冻结编号已用于其他冻结",
                    "This hold id was used before for another hold"), Map.of("holdId", conflict.holdId()));
        }
        throw new ApiException(CommonProblems.NOT_FOUND, new Text("冻结不存在", "No such hold"),
                Map.of("holdId", ((HoldOutcome.UnknownHold) outcome).holdId()));
    }

    private static Money positive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("not positive");
        }
        return amount;
    }

    record HoldRequest(@NotBlank @Size(max = 100) String holdId, @NotBlank @Size(max = 64) String accountId,
                       @NotNull BigDecimal amount) {
    }

    record HoldView(String holdId, String accountId, String amount, String status) {
    }
}
