package org.ebank.corporate.payroll.adapter;

import java.util.List;
import java.util.Locale;
import org.ebank.corporate.payroll.domain.PayrollRow;
import org.ebank.platform.problem.Text;

/**
 * A batch's result as a spreadsheet opens it: UTF-8 with a byte-order mark, every field quoted, and a field that a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) led by a quote mark, so a name
 * like {@code =HYPERLINK(…)} stays text.
 */
final class PayrollResultFile {

    private PayrollResultFile() {
    }

    static String of(List<PayrollRow> rows, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFFrow,account,name,amount,memo,status,reason,message\r\n");
        for (PayrollRow row : rows) {
            csv.append(row.row()).append(',')
                    .append(field(row.lastFour() == null ? "" : "尾号" + row.lastFour())).append(',')
                    .append(field(row.name())).append(',')
                    .append(field(row.amount() == null ? "" : row.amount().toString())).append(',')
                    .append(field(row.memo() == null ? "" : row.memo())).append(',')
                    .append(field(row.status().name())).append(',')
                    .append(field(row.problem() == null ? "" : row.problem().name())).append(',')
                    .append(field(row.problem() == null ? "" : new Text(row.problem().zh(), row.problem().en()).in(locale)))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
