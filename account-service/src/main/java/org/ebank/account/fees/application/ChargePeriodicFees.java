package org.ebank.account.fees.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.ebank.account.fees.application.FeeRun.Visit;
import org.ebank.account.fees.application.FeeRunRepository.FeeAccount;
import org.ebank.account.fees.domain.AccountFeeSchedule;
import org.ebank.account.fees.domain.FeeKind;
import org.ebank.account.fees.domain.Quarter;
import org.ebank.account.ledger.application.PostingOutcome;
import org.ebank.account.ledger.application.RecordPosting;
import org.ebank.account.ledger.application.RecordedPosting;
import org.ebank.account.ledger.domain.Leg;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.ebank.platform.audit.Audit;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The end-of-day batch of periodic account fees: the annual card fee of the business day's year, and
 * the small-account fee of the last completed quarter. Each fee is a posting whose id names the fee,
 * period and account, so an account is charged once per period however often the batch runs; each
 * account is its own short transaction, so customer traffic never waits on the batch; and progress is
 * saved page by page, so a batch that died continues where it stopped.
 */
@Service
public class ChargePeriodicFees {

    private static final int PAGE = 100;

    private final FeeRunRepository runs;
    private final RecordPosting recordPosting;
    private final AccountFeeSchedule schedule;
    private final Audit audit;
    private final Clock clock;

    public ChargePeriodicFees(FeeRunRepository runs, RecordPosting recordPosting, AccountFeeSchedule schedule, Audit audit,
                              Clock clock) {
        this.runs = runs;
        this.recordPosting = recordPosting;
        this.schedule = schedule;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<List<FeeRun>> runToday() {
        return run(LocalDate.now(clock));
    }

    public Mono<List<FeeRun>> run(LocalDate businessDay) {
        Year year = Year.from(businessDay);
        Quarter quarter = Quarter.lastCompletedBefore(businessDay);
        return Flux.concat(
                        run(FeeKind.ANNUAL_FEE, year.toString(), businessDay.plusDays(1), year.atDay(1), null),
                        run(FeeKind.SMALL_ACCOUNT_FEE, quarter.toString(), quarter.endExclusive(), quarter.firstDay(),
                                quarter.endExclusive()))
                .collectList()
                .flatMap(done -> audit.record(AuditAction.PERIODIC_FEES_RUN, businessDay.toString(), summary(done)).thenReturn(done));
    }

    private static Map<String, String> summary(List<FeeRun> done) {
        Map<String, String> summary = new java.util.LinkedHashMap<>();
        done.forEach(run -> summary.put(run.kind() + " " + run.period(), "charged " + run.charged() + ", unpaid " + run.unpaid()
                + ", waived " + run.waived()));
        return summary;
    }

    private Mono<FeeRun> run(FeeKind kind, String period, LocalDate openedBefore, LocalDate from, LocalDate to) {
        return runs.start(kind, period).flatMap(run -> run.done() ? Mono.just(run) : pages(run, openedBefore, from, to));
    }

    private Mono<FeeRun> pages(FeeRun run, LocalDate openedBefore, LocalDate from, LocalDate to) {
        return runs.accounts(run.lastAccountId(), openedBefore, PAGE).collectList().flatMap(page -> {
            if (page.isEmpty()) {
                FeeRun finished = run.finished();
                return runs.save(finished).thenReturn(finished);
            }
            return Flux.fromIterable(page)
                    .concatMap(account -> visit(run, account, from, to).map(visit -> new Visited(account.id(), visit)))
                    .reduce(run, (progress, visited) -> progress.visited(visited.accountId(), visited.visit()))
                    .flatMap(progress -> runs.save(progress).then(pages(progress, openedBefore, from, to)));
        });
    }

    private Mono<Visit> visit(FeeRun run, FeeAccount account, LocalDate from, LocalDate to) {
        if (run.kind() == FeeKind.ANNUAL_FEE) {
            return schedule.annualFeeDue(account.product())
                    ? charge(run, account, schedule.annualFee(), "年费 Annual card fee " + run.period())
                    : Mono.just(Visit.WAIVED);
        }
        if (account.product().waivesAccountFees()) {
            return Mono.just(Visit.WAIVED);
        }
        return runs.averageDailyBalance(account.id(), from, to).flatMap(average ->
                schedule.smallAccountFeeDue(account.product(), average)
                        ? charge(run, account, schedule.smallAccountFee(), "小额账户管理费 Small-account fee " + run.period())
                        : Mono.just(Visit.NOT_DUE));
    }

    private Mono<Visit> charge(FeeRun run, FeeAccount account, Money fee, String memo) {
        Posting posting = new Posting("fee:" + run.kind() + ":" + run.period() + ":" + account.id(), Channel.SYSTEM,
                run.kind().name(), memo, List.of(new Leg(account.id(), Direction.DEBIT, fee),
                new Leg(InternalAccounts.FEE_INCOME, Direction.CREDIT, fee)));
        return recordPosting.record(posting).map(outcome -> outcome instanceof PostingOutcome.Decided decided
                && decided.posting().status() == RecordedPosting.Status.RECORDED ? Visit.CHARGED : Visit.UNPAID);
    }

    private record Visited(String accountId, Visit visit) {
    }
}
