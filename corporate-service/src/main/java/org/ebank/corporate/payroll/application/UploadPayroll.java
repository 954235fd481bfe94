package org.ebank.corporate.payroll.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.ledger.PayeeNameAnswer;
import org.ebank.contracts.ledger.PayeeNameCheck;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.account.application.SettlementAccountRepository;
import org.ebank.corporate.enterprise.application.EnterpriseRepository;
import org.ebank.corporate.operator.application.OperatorCodes;
import org.ebank.corporate.payment.application.PayeeDirectory;
import org.ebank.corporate.payment.domain.Counterparty;
import org.ebank.corporate.payroll.domain.PayrollBatch;
import org.ebank.corporate.payroll.domain.PayrollFile;
import org.ebank.corporate.payroll.domain.PayrollPurpose;
import org.ebank.corporate.payroll.domain.PayrollRow;
import org.ebank.corporate.payroll.domain.RowProblem;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.secrets.CardNumberHash;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A maker uploads a payroll file: each row is checked (its form, then its account among the bank's by the keyed hash of
 * the number, then the name against the holder's by the ledger) and kept with what is wrong with it, the account
 * number's last four digits only. Nothing moves money here: the batch waits for its maker to submit it. An enterprise
 * checks at most {@code ebank.corporate.payroll.daily-rows} rows a bank day (20,000 by default), so nobody can run
 * the name check as a way to find out who holds an account; an upload of a file uploaded before is pointed out.
 */
@Service
public class UploadPayroll {

    /** How far back an upload of the very same file is pointed out. */
    private static final Duration DUPLICATE_WINDOW = Duration.ofDays(35);

    private final SettlementAccountRepository accounts;
    private final EnterpriseRepository enterprises;
    private final PayeeDirectory payees;
    private final PayeeNames names;
    private final PayrollRepository batches;
    private final OperatorCodes codes;
    private final Audit audit;
    private final CardNumberHash numberHash;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final int dailyRows;

    public UploadPayroll(SettlementAccountRepository accounts, EnterpriseRepository enterprises, PayeeDirectory payees, PayeeNames names,
                         PayrollRepository batches, OperatorCodes codes, Audit audit, CardNumberHash numberHash, TransactionalOperator tx,
                         Clock clock,
                         @Value("${ebank.corporate.payroll.daily-rows:20000}") int dailyRows) {
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.payees = payees;
        this.names = names;
        this.batches = batches;
        this.codes = codes;
        this.audit = audit;
        this.numberHash = numberHash;
        this.tx = tx;
        this.clock = clock;
        this.dailyRows = dailyRows;
    }

    public Mono<PayrollOutcome> upload(String enterpriseId, String makerId, String fromAccountId, PayrollPurpose purpose, byte[] file) {
        PayrollFile.Parsed parsed = PayrollFile.parse(file);
        if (parsed.refusal() != null) {
            return Mono.just(new PayrollOutcome.FileRefused(parsed.refusal()));
        }
        Instant now = clock.instant();
        Instant today = LocalDate.ofInstant(now, PlatformAutoConfiguration.BANK_ZONE).atStartOfDay(PlatformAutoConfiguration.BANK_ZONE).toInstant();
        String sha256 = sha256(file);
        // the account must be one of the enterprise's: its region is not needed here
        return accounts.regionOf(fromAccountId, enterpriseId)
                .flatMap(region -> enterprises.findById(enterpriseId))
                .flatMap(enterprise -> batches.rowsUploadedSince(enterpriseId, today).flatMap(checkedToday -> {
                    if (checkedToday + parsed.lines().size() > dailyRows) {
                        return Mono.just((PayrollOutcome) new PayrollOutcome.DailyLimit(dailyRows));
                    }
                    return Mono.zip(rows(parsed.lines(), fromAccountId),
                                    batches.earlierFromFile(enterpriseId, sha256, now.minus(DUPLICATE_WINDOW)).map(Optional::of)
                                            .defaultIfEmpty(Optional.empty()))
                            .flatMap(found -> save(enterpriseId, makerId, fromAccountId, enterprise.name(), purpose, sha256,
                                    found.getT2().orElse(null), found.getT1(), now));
                }))
                .defaultIfEmpty(new PayrollOutcome.NotFound("fromAccountId"));
    }

    private Mono<PayrollOutcome> save(String enterpriseId, String makerId, String fromAccountId, String payerName, PayrollPurpose purpose,
                                      String sha256, String duplicateOf, List<Checked> checked, Instant now) {
        String batchId = "cpb_" + UUID.randomUUID().toString().replace("-", "");
        List<PayrollRow> rows = checked.stream().map(row -> row.in(batchId)).toList();
        List<PayrollRow> valid = rows.stream().filter(row -> row.status() == PayrollRow.Status.PENDING).toList();
        Money total = valid.stream().map(PayrollRow::amount).reduce(Money.ZERO, Money::plus);
        PayrollBatch batch = new PayrollBatch(batchId, enterpriseId, makerId, fromAccountId, payerName, purpose, rows.size(), valid.size(),
                total, sha256, duplicateOf, null, PayrollBatch.Status.VALIDATED, null, now, now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("step", "uploaded");
        details.put("enterpriseId", enterpriseId);
        details.put("rows", String.valueOf(rows.size()));
        details.put("validRows", String.valueOf(valid.size()));
        // many names that are not their accounts' holders' are how someone would probe for names: kept in the trail
        details.put("nameMismatches", String.valueOf(rows.stream().filter(row -> row.problem() == RowProblem.NAME_MISMATCH).count()));
        details.put("total", total.toString());
        if (duplicateOf != null) {
            details.put("duplicateOf", duplicateOf);
        }
        // a maker started over while their file was being checked gets no batch: it would outlive the reset in their name
        return tx.transactional(codes.lockFirst(makerId, enterpriseId).flatMap(active -> !active
                ? Mono.just((PayrollOutcome) new PayrollOutcome.NotFound("fromAccountId"))
                : batches.insert(batch, rows).then(audit.record(AuditAction.PAYROLL_BATCH, batchId, details))
                        .thenReturn((PayrollOutcome) new PayrollOutcome.Done(batch))));
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
