package org.ebank.corporate.payroll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.junit.jupiter.api.Test;

class PayrollFileTest {

    private static PayrollFile.Parsed parse(String text) {
        return PayrollFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRowsUnderEitherHeaderWithOrWithoutAByteOrderMarkAndCrLf() {
        PayrollFile.Parsed english = parse("account,name,amount,memo\n6222020200112233445,张三,8500.00,11月工资\n");
        PayrollFile.Parsed chinese = parse("\uFEFF账号,户名,金额,附言\r\n6222020200112233445,张三,8500,\r\n\r\n");

        assertThat(english.refusal()).isNull();
        assertThat(english.lines()).singleElement().satisfies(line -> {
            assertThat(line.row()).isEqualTo(1);
            assertThat(line.name()).isEqualTo("张三");
            assertThat(line.amount()).isEqualTo(Money.of("8500.00"));
            assertThat(line.memo()).isEqualTo("11月工资");
            assertThat(line.problem()).isNull();
        });
        assertThat(chinese.lines()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.of("8500.00"));
            assertThat(line.memo()).as("an empty memo: the purpose's").isNull();
        });
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaksAsASpreadsheetShowsThem() {
        assertThat(PayrollFile.records("\"6222020200112233445\", \"王,五\" ,\"1.00\",\"他说\"\"好\"\"\""))
                .containsExactly(List.of("6222020200112233445", "王,五", "1.00", "他说\"好\""));
        // a memo with a line break in it is one cell: the "row" inside it is never paid
        PayrollFile.Parsed parsed = parse("account,name,amount,memo\r\n6222020200112233445,张三,1.00,\"x\n6222020200112233446,李四,9999.00,y\"\r\n");
        assertThat(parsed.lines()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.of("1.00"));
            assertThat(line.problem()).as("a memo of 34 characters").isEqualTo(RowProblem.MEMO);
        });
    }

    @Test
    void aBlankLineAmidTheRowsIsAReportedRowSoRowNumbersStayTheSpreadsheetsAndTextAfterAQuoteSpoilsItsRow() {
        PayrollFile.Parsed parsed = parse("account,name,amount,memo\n6222020200112233445,张三,1.00,\n\n"
                + "6222020200112233445,\"张三\"x,1.00,\n6222020200112233445,张三,2.00,\n\n\n");

        assertThat(parsed.lines()).extracting(PayrollFile.Line::problem).containsExactly(null, RowProblem.COLUMNS, RowProblem.COLUMNS, null);
        assertThat(parsed.lines().get(3).row()).isEqualTo(4);
    }

    @Test
    void eachBadRowIsKeptWithWhatIsWrongWithIt() {
        PayrollFile.Parsed parsed = parse("""
                account,name,amount,memo
                6222020200112233445,张三,-5.00,
                6222020200112233445,张三,5.001,
                6222020200112233445,张三,0,
                6222020200112233445,张三,1e3,
                6222020200112233445,张三,100000000.01,
                62220202,张三,5.00,
                6222020200112233445,,5.00,
                6222020200112233445,张三,5.00
                6222020200112233445,张三,5.00,这是一段超过三十个字的附言这是一段超过三十个字的附言这是一段话
                6222020200112233445,张三,100000000.00,年终奖
                """);

        assertThat(parsed.lines()).extracting(PayrollFile.Line::problem).containsExactly(RowProblem.AMOUNT, RowProblem.AMOUNT,
                RowProblem.AMOUNT, RowProblem.AMOUNT, RowProblem.AMOUNT, RowProblem.ACCOUNT_NUMBER, RowProblem.NAME, RowProblem.COLUMNS,
                RowProblem.MEMO, null);
        assertThat(parsed.lines()).extracting(PayrollFile.Line::row).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void aFileThatIsNotUtf8OrHasTheWrongHeaderOrNoRowsOrTooManyIsRefusedWhole() {
        byte[] gbk = "account,name,amount,memo\n6222020200112233445,张三,1.00,工资\n".getBytes(Charset.forName("GBK"));

        assertThat(PayrollFile.parse(gbk).refusal()).isEqualTo(PayrollFile.Refusal.NOT_UTF8);
        assertThat(parse("card,name,amount,memo\n6222020200112233445,张三,1.00,\n").refusal()).isEqualTo(PayrollFile.Refusal.HEADER);
        assertThat(parse("account,name,amount\n6222020200112233445,张三,1.00\n").refusal()).isEqualTo(PayrollFile.Refusal.HEADER);
        assertThat(parse("account,name,amount,memo\n\n").refusal()).isEqualTo(PayrollFile.Refusal.NO_ROWS);
        assertThat(parse("").refusal()).isEqualTo(PayrollFile.Refusal.HEADER);
        assertThat(parse("account,name,amount,memo\n6222020200112233445,张三,1.00,\"工资\n").refusal())
                .isEqualTo(PayrollFile.Refusal.UNCLOSED_QUOTE);
        assertThat(parse(rows(5000)).lines()).hasSize(5000);
        assertThat(parse(rows(5001)).refusal()).isEqualTo(PayrollFile.Refusal.TOO_MANY_ROWS);
    }

    @Test
    void aLineNeverShowsItsAccountNumber() {
        PayrollFile.Line line = parse("account,name,amount,memo\n6222020200112233445,张三,1.00,\n").lines().get(0);

        assertThat(line.toString()).doesNotContain("6222020200112233445").doesNotContain("张三");
    }

    private static String rows(int n) {
        StringBuilder csv = new StringBuilder("account,name,amount,memo\n");
        for (int i = 0; i < n; i++) {
            csv.append("62220202001122").append(String.format("%05d", i)).append(",张三,1.00,\n");
        }
        return csv.toString();
    }

    @Test
    void theBatchLabelsItsPaymentAndTellsPayeesWhoPaidAndWhy() {
        PayrollBatch batch = new PayrollBatch("cpb_1", "ent_1", "op_m", "cacc_1", "广州乡情农业有限公司", PayrollPurpose.PENSION, 3, 2,
                Money.of("10.00"), "sha", null, null, PayrollBatch.Status.VALIDATED, null, java.time.Instant.EPOCH, java.time.Instant.EPOCH);
        PayrollRow plain = new PayrollRow("cpb_1", 1, "acc_1", "3445", "张三", Money.of("5.00"), null, PayrollRow.Status.PENDING, null);
        PayrollRow own = new PayrollRow("cpb_1", 2, "acc_2", "3446", "李四", Money.of("5.00"), "十一月", PayrollRow.Status.PENDING, null);

        assertThat(batch.label()).isEqualTo("代发养老金 2笔");
        assertThat(batch.payeeCounterparty(plain)).isEqualTo("广州乡情农业有限公司 养老金");
        assertThat(batch.payeeCounterparty(own)).isEqualTo("广州乡情农业有限公司 养老金 十一月");
        assertThat(plain.postingId()).isEqualTo("cpb_1-1");
        assertThat(List.of(plain.postingId(), own.postingId())).doesNotHaveDuplicates();
    }
}
