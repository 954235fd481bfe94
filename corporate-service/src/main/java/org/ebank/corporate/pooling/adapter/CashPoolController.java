package org.ebank.corporate.pooling.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.operator.adapter.TokenCodes;
import org.ebank.corporate.operator.domain.OperatorRole;
import org.ebank.corporate.pooling.application.CashPoolRepository;
import org.ebank.corporate.pooling.application.SetUpCashPool;
import org.ebank.corporate.pooling.application.SweepCashPools;
import org.ebank.corporate.pooling.domain.CashPool;
import org.ebank.corporate.pooling.domain.Sweep;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.corporate.web.CurrentOperator;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Cash pools (资金归集): the administrator sets one up over the enterprise's settlement accounts with their token's code;
 * every operator reads the pools and their sweeps. Staff may run the latest business day's sweeps at once (the daily job
 * does it at 17:00 on business days); a day swept before sweeps nothing more.
 */
@RestController
class CashPoolController {

    /** Ten trillion yuan, as for any amount: far above any balance. */
    private static final BigDecimal KEEP_CEILING = new BigDecimal("10000000000000");

    private final SetUpCashPool setUp;
    private final SweepCashPools sweep;
    private final CashPoolRepository pools;

    CashPoolController(SetUpCashPool setUp, SweepCashPools sweep, CashPoolRepository pools) {
        this.setUp = setUp;
        this.sweep = sweep;
        this.pools = pools;
    }

    @Operation(operationId = "setUpCashPool", summary = "The administrator links sub-accounts to a master account, each keeping a minimum")
    @Refusals({"account-pooled", "token-code-wrong", "token-code-used", "login-locked"})
    @PostMapping("/api/v1/corporate/cash-pools")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<PoolView> setUp(@RequestBody NewPool request) {
        String code = TokenCodes.given(request.code());
        List<CashPool.Member> members = CorporateProblems.field("members", () -> {
            if (request.members() == null || request.masterAccountId() == null) {
                throw new IllegalArgumentException("members");
            }
            List<CashPool.Member> given = request.members().stream()
                    .map(m -> {
                        if (m == null) {
                            throw new IllegalArgumentException("a member");
                        }
                        CorporateProblems.id("accountId", m.accountId());
                        return new CashPool.Member(m.accountId(), new Money(keep(m.keepMinimum())));
                    }).toList();
            // the pool's own rules: 1 to 20 members, each once, none the master
            new CashPool("check", "check", request.masterAccountId(), given, "check", Instant.EPOCH);
            return given;
        }, new Text("主账户和1到20个子账户（各不相同，不含主账户），每个子账户留存金额不为负",
                "A master account and 1 to 20 different sub-accounts (not the master), each keeping zero or more"));
        return CurrentOperator.in(OperatorRole.ADMIN.name())
                .flatMap(admin -> setUp.setUp(admin.enterpriseId(), admin.operatorId(), request.masterAccountId(), members, code))
                .map(outcome -> {
                    if (outcome instanceof SetUpCashPool.Outcome.SetUp done) {
                        return PoolView.of(done.pool());
                    }
                    if (outcome instanceof SetUpCashPool.Outcome.NotOurs notOurs) {
                        throw new ApiException(CommonProblems.NOT_FOUND, new Text("账户不是本企业的结算账户",
                                "No such settlement account of your enterprise"), Map.of("accountId", notOurs.accountId()));
                    }
                    if (outcome instanceof SetUpCashPool.Outcome.Pooled pooled) {
                        throw new ApiException(CorporateProblems.ACCOUNT_POOLED, new Text("账户已在一个资金归集结构中",
                                "An account is in a cash pool already"), pooled.accountId() == null ? Map.of()
                                : Map.of("accountId", pooled.accountId()));
                    }
                    throw TokenCodes.refused(((SetUpCashPool.Outcome.CodeRefused) outcome).check());
                });
    }

    @Operation(operationId = "listCashPools", summary = "The enterprise's cash pools")
    @GetMapping("/api/v1/corporate/cash-pools")
    Mono<List<PoolView>> list() {
        return CurrentOperator.get().flatMap(operator -> pools.of(operator.enterpriseId()).map(PoolView::of).collectList());
    }

    @Operation(operationId = "listCashSweeps", summary = "A pool's sweeps of its last 31 business days, newest first")
    @GetMapping("/api/v1/corporate/cash-pools/{poolId}/sweeps")
    Mono<List<SweepView>> sweeps(@PathVariable String poolId) {
        CorporateProblems.id("poolId", poolId);
        return CurrentOperator.get().flatMap(operator -> pools.find(poolId, operator.enterpriseId()))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND, new Text("资金归集结构不存在", "No such cash pool"),
                        Map.of("field", "poolId"))))
                .flatMap(pool -> pools.sweeps(pool.id(), 31).map(SweepView::of).collectList());
    }

    @Operation(operationId = "runCashSweeps", summary = "Staff run the latest business day's sweeps now (the daily job runs them at 17:00)")
    @PostMapping("/api/v1/ops/cash-pools/sweeps")
    Mono<SweepRun> run() {
        return sweep.sweepNow().map(run -> new SweepRun(run.businessDay(), run.swept()));
    }

    private static BigDecimal keep(BigDecimal keepMinimum) {
        if (keepMinimum == null || keepMinimum.signum() < 0 || keepMinimum.stripTrailingZeros().scale() > 2
                || keepMinimum.compareTo(KEEP_CEILING) >= 0) {
            throw new IllegalArgumentException("keep");
        }
        return keepMinimum;
    }

    /** {@code code}: the administrator's dynamic token's current code. */
    record NewPool(String masterAccountId, List<NewMember> members, String code) {

        @Override
        public String toString() {
            return "NewPool[" + masterAccountId + ", " + members + ", ****]";
        }
    }

    /** {@code keepMinimum}: what stays on the sub-account after the sweep (留存金额). */
    record NewMember(String accountId, BigDecimal keepMinimum) {
    }

    record SweepRun(LocalDate businessDay, long swept) {
    }

    record PoolView(String poolId, String masterAccountId, List<MemberView> members, Instant createdAt) {

        static PoolView of(CashPool pool) {
            return new PoolView(pool.id(), pool.masterAccountId(), pool.members().stream()
                    .map(m -> new MemberView(m.accountId(), m.keepMinimum().toString())).toList(), pool.createdAt());
        }
    }

    record MemberView(String accountId, String keepMinimum) {
    }

    record SweepView(LocalDate businessDay, String accountId, String amount, String status, String reason) {

        static SweepView of(Sweep sweep) {
            return new SweepView(sweep.businessDay(), sweep.accountId(), sweep.amount().toString(), sweep.status().name(), sweep.reason());
        }
    }
}
