package org.ebank.insight.kpi.adapter;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ebank.contracts.value.Channel;
import org.ebank.insight.kpi.application.KpiReport;
import org.ebank.insight.kpi.domain.AtmReview;
import org.ebank.insight.kpi.domain.BranchFigures;
import org.ebank.insight.kpi.domain.BranchMonth;
import org.ebank.insight.kpi.domain.Enrolments;
import org.ebank.insight.kpi.domain.Figures;
import org.ebank.insight.kpi.domain.Granularity;
import org.ebank.insight.kpi.domain.LeagueTable;
import org.ebank.insight.kpi.domain.Tally;

/** The KPI report as the API shows it: amounts and rates as exact decimal strings, counts as numbers. */
final class KpiJson {

    private KpiJson() {
    }

    /** Per period and in total, and the attainment of each configured target that overlaps the range. */
    record ReportView(LocalDate from, LocalDate to, Granularity granularity, List<PeriodView> periods, FiguresView total,
                      List<AttainmentView> attainment) {

        static ReportView of(KpiReport.Report report, Map<Channel, BigDecimal> rewards) {
            return new ReportView(report.from(), report.to(), report.granularity(),
                    report.periods().entrySet().stream().map(p -> new PeriodView(p.getKey(), FiguresView.of(p.getValue(), rewards))).toList(),
                    FiguresView.of(report.total(), rewards), report.attainment().stream().map(AttainmentView::of).toList());
        }
    }

    /** One day ({@code 2026-11-30}) or month ({@code 2026-11}) and its figures. */
    record PeriodView(String period, @JsonUnwrapped FiguresView figures) {
    }

    /**
     * The figures of a period: enrolments and activation by e-banking service, transactions by channel and the
     * substitution rate (电子银行替代率), fees, wealth sales and their e-channel share, referrals and push conversion.
     */
    record FiguresView(Map<String, Long> enrolments, Map<String, String> activationRate, TransactionsView transactions,
                       String substitutionRate, String feeIncome, String feesCharged, String feesRefunded,
                       Map<String, String> feesWaived, WealthView wealthSales, List<ReferralView> referrals,
                       PushView pushConversion) {

        static FiguresView of(Figures f, Map<Channel, BigDecimal> rewards) {
            Map<String, Long> enrolled = byName(f.enrolments(), e -> e.enrolled());
            Map<String, String> activation = byName(f.enrolments(), e -> text(e.activationRate()));
            Map<String, String> waived = new TreeMap<>();
            f.feesWaived().forEach((rule, amount) -> waived.put(rule, text(amount)));
            List<ReferralView> referrals = new TreeMap<>(f.referrals()).entrySet().stream()
                    .map(r -> new ReferralView(r.getKey(), byName(r.getValue(), n -> n), text(f.incentive(r.getKey(), rewards))))
                    .toList();
            return new FiguresView(enrolled, activation, new TransactionsView(byName(f.transactions(), TallyView::of),
                    TallyView.of(f.electronicTransactions()), TallyView.of(f.allTransactions())), text(f.substitutionRate()),
                    text(f.feeIncome()), text(f.feesCharged()), text(f.feesRefunded()), waived,
                    new WealthView(byName(f.wealthSales(), TallyView::of), text(f.wealthElectronicShare())), referrals,
                    new PushView(f.pushes().sent(), f.pushes().opened(), f.pushes().converted(), text(f.pushes().openRate()),
                            text(f.pushes().conversionRate())));
        }
    }

    record TransactionsView(Map<String, TallyView> byChannel, TallyView electronic, TallyView all) {
    }

    record TallyView(long count, String amount) {

        static TallyView of(Tally t) {
            return new TallyView(t.count(), text(t.amount()));
        }
    }

    record WealthView(Map<String, TallyView> byChannel, String electronicShare) {
    }

    /** The enrolments a referrer code brought, by service, and the incentive they earned. */
    record ReferralView(String referrerCode, Map<String, Long> enrolments, String incentive) {
    }

    /** Smart pushes sent in the period, how many were opened, and how many were followed by a purchase within 7 days. */
    record PushView(long sent, long opened, long converted, String openRate, String conversionRate) {
    }

    record AttainmentView(String name, LocalDate from, LocalDate to, Map<String, MeasureView> measures) {

        static AttainmentView of(KpiReport.TargetAttainment target) {
            Map<String, MeasureView> measures = new LinkedHashMap<>();
            target.measures().forEach((measure, a) -> measures.put(measure,
                    new MeasureView(text(a.target()), text(a.actual()), text(a.attained()))));
            return new AttainmentView(target.name(), target.from(), target.to(), measures);
        }
    }

    /** A target, what was achieved over its period, and achieved over target. */
    record MeasureView(String target, String actual, String attained) {
    }

    /**
     * A branch's month: new e-banking customers and activation by service, its customers' transactions by channel, the
     * substitution rate (电子银行替代率) and diversion (分流: e-channels and ATMs), wealth sales and their e-channel share,
     * what its e-banking customers hold now (沉淀资金), new cards, and its target's attainment when it has one.
     */
    record BranchView(String branch, String name, String month, Map<String, Long> newCustomers, Map<String, String> activationRate,
                      TransactionsView transactions, String substitutionRate, String diversionRate, WealthView wealthSales,
                      String electronicCustomerDeposits, long newCards, BranchTargetView target) {

        static BranchView of(BranchMonth month) {
            BranchFigures branch = month.figures();
            Figures f = branch.figures();
            return new BranchView(branch.branch(), branch.name(), month.month().toString(), byName(f.enrolments(), Enrolments::enrolled),
                    byName(f.enrolments(), e -> text(e.activationRate())),
                    new TransactionsView(byName(f.transactions(), TallyView::of), TallyView.of(f.electronicTransactions()),
                            TallyView.of(f.allTransactions())),
                    text(f.substitutionRate()), text(f.diversionRate()),
                    new WealthView(byName(f.wealthSales(), TallyView::of), text(f.wealthElectronicShare())),
                    text(branch.electronicCustomerDeposits()), branch.newCards(), BranchTargetView.of(month));
        }
    }

    /** Each targeted measure, whether every one was reached, and the mean attainment the league table ranks by. */
    record BranchTargetView(Map<String, MeasureView> measures, boolean reached, String score) {

        static BranchTargetView of(BranchMonth month) {
            if (!month.targeted()) {
                return null;
            }
            Map<String, MeasureView> measures = new LinkedHashMap<>();
            month.attainment().forEach((name, a) -> measures.put(name, new MeasureView(text(a.target()), text(a.actual()), text(a.attained()))));
            return new BranchTargetView(measures, month.targetReached(), text(month.score()));
        }
    }

    /** The branches ranked by one measure, best first. */
    record LeagueTableView(String month, LeagueTable.RankBy rankBy, List<PlaceView> branches) {

        static LeagueTableView of(LeagueTable table) {
            return new LeagueTableView(table.month().toString(), table.rankBy(), table.places().stream().map(PlaceView::of).toList());
        }
    }

    /** A branch's place: its rank (none with nothing to rank by), the measure ranked by, and its headline figures. */
    record PlaceView(Integer rank, String branch, String name, String value, long newCustomers, String substitutionRate,
                     String diversionRate, String electronicWealthShare, String score, boolean targetReached) {

        static PlaceView of(LeagueTable.Place place) {
            BranchMonth month = place.branch();
            Figures f = month.figures().figures();
            return new PlaceView(place.rank(), month.figures().branch(), month.figures().name(), text(place.value()),
                    month.figures().newCustomers(), text(f.substitutionRate()), text(f.diversionRate()), text(f.wealthElectronicShare()),
                    text(month.score()), month.targetReached());
        }
    }

    /** The ATMs' review of a month (末位淘汰): the three months compared, the devices flagged, and every device's figures. */
    record AtmReviewView(String month, List<String> months, List<String> flagged, List<AtmDeviceView> devices) {

        static AtmReviewView of(AtmReview review) {
            return new AtmReviewView(review.months().get(review.months().size() - 1).toString(),
                    review.months().stream().map(YearMonth::toString).toList(), review.flagged(),
                    review.devices().stream().map(d -> AtmDeviceView.of(review.months(), d)).toList());
        }
    }

    /**
     * An ATM: its transactions in each month it was in service, the months it was in the bottom tenth, and whether that
     * was all three.
     */
    record AtmDeviceView(String deviceId, Map<String, Long> transactions, List<String> bottomIn, boolean flagged) {

        static AtmDeviceView of(List<YearMonth> months, AtmReview.Device device) {
            Map<String, Long> transactions = new LinkedHashMap<>();
            List<String> bottomIn = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                if (device.transactions().get(i) != null) {
                    transactions.put(months.get(i).toString(), device.transactions().get(i));
                }
                if (device.bottom().get(i)) {
                    bottomIn.add(months.get(i).toString());
                }
            }
            return new AtmDeviceView(device.deviceId(), transactions, bottomIn, device.flagged());
        }
    }

    private static <V, T> Map<String, T> byName(Map<Channel, V> byChannel, Function<V, T> value) {
        Map<String, T> named = new TreeMap<>();
        byChannel.forEach((channel, v) -> named.put(channel.name(), value.apply(v)));
        return named;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
