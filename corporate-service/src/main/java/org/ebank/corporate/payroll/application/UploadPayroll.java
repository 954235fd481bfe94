package org.ebank.corporate.payroll.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.ledger.PayeeNameAnswer;
import org.ebank.contracts.ledger.PayeeNameCheck;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.account.application.SettlementAccountRepository;
import org.ebank.corporate.enterprise.application.EnterpriseRepository;
import org.ebank.corporate.payment.application.PayeeDirectory;
import org.ebank.corporate.payment.domain.Counterparty;
import org.ebank.corporate.payroll.domain.PayrollBatch;
import org.ebank.corporate.payroll.domain.PayrollFile;
import org.ebank.corporate.payroll.domain.PayrollPurpose;
import org.ebank.corporate.payroll.domain.PayrollRow;
import org.ebank.corporate.payroll.domain.RowProblem;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.secrets.CardNumberHash;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A maker uploads a payroll file: each row is checked (its form, then its account among the bank's by the keyed hash of
 * the number, then the name against the holder's by the ledger) and kept with what is wrong with it, the account
 * number's last four digits only. Nothing moves money here: the batch waits for its maker to submit it.
 */
@Service
public class UploadPayroll {

    private final SettlementAccountRepository accounts;
    private final EnterpriseRepository enterprises;
    private final PayeeDirectory payees;
    private final PayeeNames names;
    private final PayrollRepository batches;
    private final Audit audit;
    private final CardNumberHash numberHash;
    private final TransactionalOperator tx;
    private final Clock clock;

    public UploadPayroll(SettlementAccountRepository accounts, EnterpriseRepository enterprises, PayeeDirectory payees, PayeeNames names,
                         PayrollRepository batches, Audit audit, CardNumberHash numberHash, TransactionalOperator tx, Clock clock) {
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.payees = payees;
        this.names = names;
        this.batches = batches;
        this.audit = audit;
        this.numberHash = numberHash;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<PayrollOutcome> upload(String enterpriseId, String makerId, String fromAccountId, PayrollPurpose purpose, byte[] file) {
        PayrollFile.Parsed parsed = PayrollFile.parse(file);
        if (parsed.refusal() != null) {
            return Mono.just(new PayrollOutcome.FileRefused(parsed.refusal()));
        }
        return accounts.regionOf(fromAccountId, enterpriseId)
                .flatMap(region -> enterprises.findById(enterpriseId))
                .flatMap(enterprise -> rows(parsed.lines(), fromAccountId).flatMap(checked -> {
                    String batchId = "cpb_" + UUID.randomUUID().toString().replace("-", "");
                    List<PayrollRow> rows = checked.stream().map(row -> row.in(batchId)).toList();
                    List<PayrollRow> valid = rows.stream().filter(row -> row.status() == PayrollRow.Status.PENDING).toList();
                    Money total = valid.stream().map(PayrollRow::amount).reduce(Money.ZERO, Money::plus);
                    Instant now = clock.instant();
                    PayrollBatch batch = new PayrollBatch(batchId, enterpriseId, makerId, fromAccountId, enterprise.name(), purpose,
                            rows.size(), valid.size(), total, null, PayrollBatch.Status.VALIDATED, null, now, now);
                    Map<String, String> details = new LinkedHashMap<>();
                    details.put("step", "uploaded");
                    details.put("enterpriseId", enterpriseId);
                    details.put("rows", rows.size() + "/" + valid.size() + " valid");
                    details.put("total", total.toString());
                    return tx.transactional(batches.insert(batch, rows).then(audit.record(AuditAction.PAYROLL_BATCH, batchId, details)))
                            .thenReturn((PayrollOutcome) new PayrollOutcome.Done(batch));
                }))
                .defaultIfEmpty(new PayrollOutcome.NotFound("fromAccountId"));
    }

    /** Each line as a row (batch id still to come): its account found, its name checked, or what is wrong with it. */
    private Mono<List<Checked>> rows(List<PayrollFile.Line> lines, String fromAccountId) {
        Map<PayrollFile.Line, String> hashes = new LinkedHashMap<>();
        lines.stream().filter(line -> line.problem() == null).forEach(line -> hashes.put(line, numberHash.of(line.accountNumber())));
        return payees.findAll(hashes.values()).flatMap(found -> {
            List<Checked> checked = new ArrayList<>();
            List<PayeeNameCheck.Payee> toCheck = new ArrayList<>();
            List<Integer> waiting = new ArrayList<>();
            for (PayrollFile.Line line : lines) {
                PayeeDirectory.Payee payee = hashes.containsKey(line) ? found.get(hashes.get(line)) : null;
                RowProblem problem = line.problem() != null ? line.problem()
                        : payee == null ? RowProblem.UNKNOWN_ACCOUNT
                        : payee.accountId().equals(fromAccountId) ? RowProblem.NOT_PERSONAL_ACCOUNT
                        : null;
                String lastFour = payee != null ? payee.lastFour() : lastFour(line.accountNumber());
                checked.add(new Checked(line, payee == null ? null : payee.accountId(), lastFour, problem));
                if (problem == null) {
                    toCheck.add(new PayeeNameCheck.Payee(payee.accountId(), line.name()));
                    waiting.add(checked.size() - 1);
                }
            }
            if (toCheck.isEmpty()) {
                return Mono.just(checked);
            }
            // each payee asked about once, however many rows pay them
            List<PayeeNameCheck.Payee> distinct = toCheck.stream().distinct().toList();
            return names.check(distinct).map(answers -> {
                Map<PayeeNameCheck.Payee, PayeeNameAnswer.Match> matches = new HashMap<>();
                for (int i = 0; i < distinct.size(); i++) {
                    matches.put(distinct.get(i), answers.get(i));
                }
                for (int i = 0; i < waiting.size(); i++) {
                    RowProblem problem = switch (matches.get(toCheck.get(i))) {
                        case MATCH -> null;
                        case MISMATCH -> RowProblem.NAME_MISMATCH;
                        case NOT_PERSONAL -> RowProblem.NOT_PERSONAL_ACCOUNT;
                        case UNKNOWN_ACCOUNT -> RowProblem.UNKNOWN_ACCOUNT;
                    };
                    Checked row = checked.get(waiting.get(i));
                    checked.set(waiting.get(i), new Checked(row.line(), row.accountId(), row.lastFour(), problem));
                }
                return checked;
            });
        });
    }

    /** The last four characters of what was typed as a number, for the report, when they are digits. */
    private static String lastFour(String typed) {
        return typed != null && typed.length() >= 4 && typed.substring(typed.length() - 4).chars().allMatch(Character::isDigit)
                ? typed.substring(typed.length() - 4) : null;
    }

    private record Checked(PayrollFile.Line line, String accountId, String lastFour, RowProblem problem) {

        PayrollRow in(String batchId) {
            String name = Objects.requireNonNullElse(line.name(), "");
            return new PayrollRow(batchId, line.row(), problem == null ? accountId : null, lastFour,
                    Counterparty.fit(name, 60), line.amount(), line.memo() == null ? null : Counterparty.fit(line.memo(), 30),
                    problem == null ? PayrollRow.Status.PENDING : PayrollRow.Status.INVALID, problem);
        }
    }
}
