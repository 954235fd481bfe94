package org.ebank.account.corporate.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.ebank.account.card.domain.Region;
import org.ebank.account.corporate.application.CheckPayeeNames;
import org.ebank.account.corporate.application.CorporateAccountRepository;
import org.ebank.account.corporate.application.CorporateOpening;
import org.ebank.account.corporate.application.OpenCorporateAccount;
import org.ebank.account.corporate.application.OpenCorporateAccountCommand;
import org.ebank.account.corporate.domain.CorporateAccount;
import org.ebank.account.web.AccountProblems;
import org.ebank.account.web.Fields;
import org.ebank.contracts.ledger.CorporateAccountRequest;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.ledger.PayeeNameAnswer;
import org.ebank.contracts.ledger.PayeeNameCheck;
import org.ebank.contracts.value.Money;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The ledger's side of corporate settlement accounts, and the check of payroll payees' names (internal, not routed by
 * the gateway). Only corporate-service may
 * call it: any other service's token is refused, since the enterprise behind an id is only corporate-service's to vouch
 * for.
 */
@RestController
class CorporateAccountsController {

    static final String CORPORATE_SERVICE = "corporate-service";

    private final OpenCorporateAccount openAccount;
    private final CorporateAccountRepository accounts;
    private final CheckPayeeNames checkNames;

    CorporateAccountsController(OpenCorporateAccount openAccount, CorporateAccountRepository accounts, CheckPayeeNames checkNames) {
        this.openAccount = openAccount;
        this.accounts = accounts;
        this.checkNames = checkNames;
    }

    @Operation(operationId = "openCorporateAccount", summary = "Open an enterprise's settlement account, with its opening deposit")
    @Refusals({"account-id-reused"})
    @PostMapping(LedgerApi.CORPORATE_ACCOUNTS)
    Mono<ResponseEntity<org.ebank.contracts.ledger.CorporateAccount>> open(@RequestBody CorporateAccountRequest request) {
        return corporateService().then(Mono.defer(() -> openAccount.open(toCommand(request)))).map(outcome -> {
            if (outcome instanceof CorporateOpening.IdTaken taken) {
                throw new ApiException(AccountProblems.ACCOUNT_ID_REUSED, new Text(
                        "该账户编号已用于其他企业或地区的账户", "This account id names an account of another enterprise or region"),
                        Map.of("accountId", taken.accountId()));
            }
            CorporateOpening.Opened opened = (CorporateOpening.Opened) outcome;
            return ResponseEntity.status(opened.replay() ? 200 : 201).body(view(opened.account()));
        });
    }

    @Operation(operationId = "getCorporateAccount", summary = "A corporate settlement account and its balance")
    @GetMapping(LedgerApi.CORPORATE_ACCOUNT)
    Mono<org.ebank.contracts.ledger.CorporateAccount> find(@PathVariable String accountId) {
        return corporateService().then(accounts.findById(accountId)).map(CorporateAccountsController::view)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND,
                        new Text("单位结算账户不存在", "No such corporate account"))));
    }

    @Operation(operationId = "checkPayeeNames", summary = "Whether each name is its account's holder's (户名核验), for payroll batches")
    @PostMapping(LedgerApi.PAYEE_NAMES)
    Mono<PayeeNameAnswer> checkNames(@RequestBody PayeeNameCheck request) {
        return corporateService().then(Mono.defer(() -> {
            if (request.payees() == null || request.payees().isEmpty() || request.payees().size() > PayeeNameCheck.MAX_PAYEES
                    || request.payees().stream().anyMatch(payee -> payee == null || payee.accountId() == null)) {
                return Mono.error(new ApiException(CommonProblems.INVALID_REQUEST, new Text("每次核验1到200个收款人，每个都有账户编号",
                        "Check 1 to 200 payees at a time, each with an account id")));
            }
            return checkNames.check(request.payees());
        }));
    }

    private static Mono<Void> corporateService() {
        return Caller.current().filter(caller -> CORPORATE_SERVICE.equals(caller.subject()))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("只有企业网银服务可以管理单位结算账户", "Only corporate-service manages corporate accounts"))))
                .then();
    }

    private static OpenCorporateAccountCommand toCommand(CorporateAccountRequest request) {
        Region region = Fields.parse("region", () -> new Region(request.region()),
                new Text("地区代码应为6位行政区划代码，如 440100", "The region is a 6-digit division code, e.g. 440100"));
        Money deposit = Fields.parse("initialDeposit", () -> Money.of(request.initialDeposit() == null ? "0" : request.initialDeposit()),
                new Text("开户存入金额为非负数，最多两位小数", "The initial deposit is zero or more, with at most two decimals"));
        return Fields.parse("accountId", () -> new OpenCorporateAccountCommand(request.accountId(), request.enterpriseId(), region,
                        deposit, request.branchCode()),
                new Text("账户编号和企业编号为 1 到 64 个字母、数字、'_' 或 '-'，存入金额不能为负",
                        "Account and enterprise ids have 1 to 64 letters, digits, '_' or '-'; the deposit is not negative"));
    }

    private static org.ebank.contracts.ledger.CorporateAccount view(CorporateAccount account) {
        return new org.ebank.contracts.ledger.CorporateAccount(account.id(), account.enterpriseId(),
                account.accountNumber().value(), account.region().code(), account.balance().toString(),
                account.available().toString(), account.openedAt());
    }
}
