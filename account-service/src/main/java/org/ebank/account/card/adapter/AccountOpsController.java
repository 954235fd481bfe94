package org.ebank.account.card.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.ebank.account.card.application.CardAccount;
import org.ebank.account.card.application.OpenAccount;
import org.ebank.account.card.application.OpenAccountCommand;
import org.ebank.account.card.application.OpeningOutcome;
import org.ebank.account.card.domain.Region;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.account.web.AccountProblems;
import org.ebank.account.web.Fields;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff open card accounts. The staff view is the only place a full card number appears. */
@RestController
class AccountOpsController {

    private final OpenAccount openAccount;
    private final IdempotentRequests idempotency;

    AccountOpsController(OpenAccount openAccount, IdempotentRequests idempotency) {
        this.openAccount = openAccount;
        this.idempotency = idempotency;
    }

    /** Moves money (the opening deposit): a retry under the same Idempotency-Key opens nothing more and answers the same. */
    @Operation(operationId = "openAccount", summary = "Open a card account, with its opening deposit")
    @ApiResponse(responseCode = "201", description = "The account, with the card number in full (staff view)", content = @Content(schema = @Schema(implementation = OpenedAccount.class)))
    @Refusals({"unknown-customer", "unknown-account"})
    @PostMapping("/api/v1/ops/accounts")
    Mono<ResponseEntity<String>> open(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                      @Valid @RequestBody NewAccount request) {
        return Caller.current().flatMap(staff -> idempotency.execute(staff.subject(), key, request,
                () -> openAccount.open(request.toCommand(staff.branch())).map(o -> ResponseEntity.status(HttpStatus.CREATED).body(respond(o)))));
    }

    private static OpenedAccount respond(OpeningOutcome outcome) {
        if (outcome instanceof OpeningOutcome.UnknownCustomer unknown) {
            throw new ApiException(AccountProblems.UNKNOWN_CUSTOMER, new Text("客户不存在", "No such customer"),
                    Map.of("customerId", unknown.customerId()));
        }
        if (outcome instanceof OpeningOutcome.UnknownFamilyAccount unknown) {
            throw new ApiException(AccountProblems.UNKNOWN_ACCOUNT, new Text("亲情账户不存在", "No such family account"),
                    Map.of("familyAccountId", unknown.familyAccountId()));
        }
        CardAccount account = ((OpeningOutcome.Opened) outcome).account();
        return new OpenedAccount(account.id(), account.customerId(), account.cardNumber().value(), account.product().name(),
                account.region().code(), account.familyAccountId(), account.balance().toString(),
                account.starLevel());
    }

    record NewAccount(@NotBlank @Size(max = 64) String customerId, @NotNull CardProduct product,
                      @NotBlank @Size(max = 6) String region, @Size(max = 64) String familyAccountId,
                      BigDecimal initialDeposit) {

        OpenAccountCommand toCommand(String branchCode) {
            Fields.parse("product", () -> product.isCard() ? product : Fields.refuse(),
                    new Text("单位结算账户只为企业开立（企业网银服务）", "A CORPORATE account is opened for an enterprise, through corporate-service"));
            Region home = Fields.parse("region", () -> new Region(region),
                    new Text("地区代码应为6位行政区划代码，如 440100", "The region is a 6-digit division code, e.g. 440100"));
            Money deposit = Fields.parse("initialDeposit",
                    () -> new Money(initialDeposit == null ? BigDecimal.ZERO : initialDeposit),
                    new Text("开户存入金额最多两位小数", "The initial deposit has at most two decimals"));
            return Fields.parse("familyAccountId", () -> new OpenAccountCommand(new CustomerId(customerId), product, home,
                            familyAccountId, deposit, branchCode),
                    new Text("只有青年卡可关联亲情账户，且存入金额不能为负", "Only a QINGNIAN card links a family account; deposits are not negative"));
        }
    }

    record OpenedAccount(String accountId, String customerId, String cardNumber, String product, String region,
                         String familyAccountId, String balance, Integer starLevel) {
    }
}
