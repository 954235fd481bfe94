package org.ebank.corporate.payroll.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ebank.corporate.operator.domain.OperatorRole;
import org.ebank.corporate.payroll.application.PayrollOutcome;
import org.ebank.corporate.payroll.application.PayrollQueries;
import org.ebank.corporate.payroll.application.PayrollRepository;
import org.ebank.corporate.payroll.application.SubmitPayroll;
import org.ebank.corporate.payroll.application.UploadPayroll;
import org.ebank.corporate.payroll.domain.PayrollBatch;
import org.ebank.corporate.payroll.domain.PayrollFile;
import org.ebank.corporate.payroll.domain.PayrollPurpose;
import org.ebank.corporate.payroll.domain.PayrollRow;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.corporate.web.CurrentOperator;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.problem.Text;
import org.ebank.platform.web.RequestBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Payroll and pension batches (代发): a maker uploads the CSV and reads the check of every row before submitting the
 * batch, which then waits for the checkers as one payment ({@code /api/v1/corporate/payments/{paymentId}/approval});
 * once approved it is paid out row by row, the batch showing its progress; the result can be downloaded as CSV.
 */
@RestController
class PayrollController {

    private final UploadPayroll upload;
    private final SubmitPayroll submit;
    private final PayrollQueries queries;

    PayrollController(UploadPayroll upload, SubmitPayroll submit, PayrollQueries queries) {
        this.upload = upload;
        this.submit = submit;
        this.queries = queries;
    }

    @Operation(operationId = "uploadPayrollBatch", summary = "A maker uploads a payroll file (CSV, UTF-8): every row checked, nothing paid yet",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = """
                    UTF-8 CSV, header `account,name,amount,memo` (or `账号,户名,金额,附言`), then at most 5,000 rows: the payee's \
                    account number, the holder's name, the amount (up to two decimals), a memo of up to 30 characters (or empty: \
                    the purpose's, 工资 or 养老金). At most 2 MB.""",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "201", description = "The batch, each row that will not be paid listed with why",
            content = @Content(schema = @Schema(implementation = BatchView.class)))
    @Refusals({"payroll-daily-limit"})
    @PostMapping("/api/v1/corporate/payroll-batches")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<BatchView> upload(@Parameter(description = "The paying settlement account") @RequestParam(required = false) String fromAccountId,
                           @Parameter(description = "SALARY (代发工资) or PENSION (代发养老金)") @RequestParam(required = false) String purpose,
                           ServerWebExchange exchange) {
        CorporateProblems.id("fromAccountId", fromAccountId);
        PayrollPurpose what = CorporateProblems.field("purpose", () -> {
            if (purpose == null) {
                throw new IllegalArgumentException("purpose");
            }
            return PayrollPurpose.valueOf(purpose);
        }, new Text("用途为 SALARY（代发工资）或 PENSION（代发养老金）", "The purpose is SALARY or PENSION"));
        return CurrentOperator.in(OperatorRole.MAKER.name())
                .flatMap(maker -> RequestBodies.bytes(exchange.getRequest(), PayrollFile.MAX_BYTES)
                        .flatMap(file -> upload.upload(maker.enterpriseId(), maker.operatorId(), fromAccountId, what, file)))
                .flatMap(outcome -> batch(outcome).flatMap(batch -> view(batch, ProblemWriter.locale(exchange))));
    }

    @Operation(operationId = "submitPayrollBatch", summary = "The maker submits the batch: its valid rows' total awaits the checkers as one payment")
    @Refusals({"batch-empty"})
    @PostMapping("/api/v1/corporate/payroll-batches/{batchId}/submission")
    Mono<BatchView> submit(@PathVariable String batchId, ServerWebExchange exchange) {
        CorporateProblems.id("batchId", batchId);
        return CurrentOperator.in(OperatorRole.MAKER.name())
                .flatMap(maker -> submit.submit(maker.enterpriseId(), maker.operatorId(), batchId))
                .flatMap(outcome -> batch(outcome).flatMap(batch -> view(batch, ProblemWriter.locale(exchange))));
    }

    @Operation(operationId = "listPayrollBatches", summary = "The enterprise's batches, newest first, with their progress")
    @GetMapping("/api/v1/corporate/payroll-batches")
    Mono<List<BatchView>> list() {
        return CurrentOperator.get().flatMap(operator -> queries.list(operator.enterpriseId())
                .concatMap(batch -> queries.tally(batch.id()).map(tally -> BatchView.of(batch, tally, null)))
                .collectList());
    }

    @Operation(operationId = "getPayrollBatch", summary = "A batch, its progress, and each row that was not or will not be paid, with why")
    @GetMapping("/api/v1/corporate/payroll-batches/{batchId}")
    Mono<BatchView> find(@PathVariable String batchId, ServerWebExchange exchange) {
        return CurrentOperator.get().flatMap(operator -> queries.find(operator.enterpriseId(), batchId))
                .switchIfEmpty(Mono.error(() -> notFound("batchId")))
                .flatMap(batch -> view(batch, ProblemWriter.locale(exchange)));
    }

    @Operation(operationId = "downloadPayrollResult", summary = "Every row of the batch and where it stands, as CSV (UTF-8 with a byte-order mark)")
    @ApiResponse(responseCode = "200", description = "row,account,name,amount,memo,status,reason,message",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping(value = "/api/v1/corporate/payroll-batches/{batchId}/result", produces = "text/csv")
    Mono<ResponseEntity<byte[]>> result(@PathVariable String batchId, ServerWebExchange exchange) {
        return CurrentOperator.get().flatMap(operator -> queries.find(operator.enterpriseId(), batchId))
                .switchIfEmpty(Mono.error(() -> notFound("batchId")))
                .flatMap(batch -> queries.rows(batch.id()).collectList()
                        .map(rows -> ResponseEntity.ok()
                                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + batch.id() + "-result.csv\"")
                                .body(PayrollResultFile.of(rows, ProblemWriter.locale(exchange)).getBytes(StandardCharsets.UTF_8))));
    }

    private Mono<BatchView> view(PayrollBatch batch, Locale locale) {
        return Mono.zip(queries.tally(batch.id()), queries.unpaid(batch.id()).map(row -> RowView.of(row, locale)).collectList())
                .map(found -> BatchView.of(batch, found.getT1(), found.getT2()));
    }

    private static Mono<PayrollBatch> batch(PayrollOutcome outcome) {
        if (outcome instanceof PayrollOutcome.Done done) {
            return Mono.just(done.batch());
        }
        if (outcome instanceof PayrollOutcome.NotFound notFound) {
            return Mono.error(notFound(notFound.what()));
        }
        if (outcome instanceof PayrollOutcome.DailyLimit limit) {
            return Mono.error(new ApiException(CorporateProblems.PAYROLL_DAILY_LIMIT, new Text("本企业今日上传校验的代发行数已达"
                    + limit.rows() + "行的上限，请明日再试或联系开户行", "Your enterprise has had " + limit.rows()
                    + " payroll rows checked today, as many as a day allows: try tomorrow, or call your branch")));
        }
        if (outcome instanceof PayrollOutcome.Empty) {
            return Mono.error(new ApiException(CorporateProblems.BATCH_EMPTY, new Text("批次中没有通过校验的行，无可提交",
                    "No row of the batch passed the checks: nothing to submit")));
        }
        Text why = switch (((PayrollOutcome.FileRefused) outcome).refusal()) {
            case NOT_UTF8 -> new Text("文件须为UTF-8编码的CSV（在Excel中另存为“CSV UTF-8”）", "The file must be CSV in UTF-8 (in Excel: save as CSV UTF-8)");
            case HEADER -> new Text("第一行须为表头：account,name,amount,memo（或 账号,户名,金额,附言）",
                    "The first line must be the header account,name,amount,memo (or 账号,户名,金额,附言)");
            case NO_ROWS -> new Text("文件在表头之后没有数据行", "The file has no rows after its header");
            case TOO_MANY_ROWS -> new Text("一个批次最多5000行，请拆分文件", "A batch has at most 5,000 rows: split the file");
            case UNCLOSED_QUOTE -> new Text("文件中有未闭合的引号，无法分辨各行", "A quote in the file is never closed: its rows cannot be told apart");
        };
        return Mono.error(new ApiException(CommonProblems.INVALID_REQUEST, why,
                Map.of("errors", List.of(Map.of("field", "file", "message", why.en())))));
    }

    private static ApiException notFound(String what) {
        return new ApiException(CommonProblems.NOT_FOUND, "fromAccountId".equals(what)
                ? new Text("付款账户不是本企业的结算账户", "No such settlement account of your enterprise")
                : new Text("代发批次不存在", "No such payroll batch"), Map.of("field", what));
    }

    /**
     * A batch: {@code rows} in the file, {@code validRows} passed the checks and {@code total} is theirs; once paying out,
     * {@code pendingRows} still to post, {@code paidRows} posted ({@code paidAmount}), {@code failedRows} refused by the
     * ledger and {@code returnedAmount} back with the payer. {@code duplicateOf}: an earlier batch from the very same
     * file, a warning that this payroll may be paid twice. {@code problems}: each row not paid, with why (on reads of one
     * batch).
     */
    record BatchView(String batchId, String status, String purpose, String fromAccountId, int rows, int validRows, int invalidRows,
                     String total, String paymentId, int pendingRows, int paidRows, String paidAmount, int failedRows, String returnedAmount,
                     String duplicateOf, String reason, Instant createdAt, List<RowView> problems) {

        static BatchView of(PayrollBatch b, PayrollRepository.Tally t, List<RowView> problems) {
            return new BatchView(b.id(), b.status().name(), b.purpose().name(), b.fromAccountId(), b.rows(), b.validRows(), t.invalid(),
                    b.total().toString(), b.paymentId(), t.pending(), t.paid(), t.paidAmount().toString(), t.failed(),
                    t.failedAmount().toString(), b.duplicateOf(), b.reason(), b.createdAt(), problems);
        }
    }

    /** A row not paid: its number (1 = the first after the header), the account's last four digits, and why. */
    record RowView(int row, String account, String name, String amount, String status, String reason, String message) {

        static RowView of(PayrollRow row, Locale locale) {
            return new RowView(row.row(), row.lastFour() == null ? null : "尾号" + row.lastFour(), row.name(),
                    row.amount() == null ? null : row.amount().toString(), row.status().name(), row.problem().name(),
                    new Text(row.problem().zh(), row.problem().en()).in(locale));
        }
    }
}
