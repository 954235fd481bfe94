package org.ebank.payment.etc.adapter;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.ebank.payment.etc.domain.EtcDebit;
import org.ebank.payment.etc.domain.MonthlyStatement;
import org.ebank.payment.etc.domain.StatementLine;

/**
 * A monthly ETC statement as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read its Chinese): a line
 * per passage, then the totals and each debit's outcome.
 */
final class StatementCsv {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StatementCsv() {
    }

    static byte[] of(MonthlyStatement s, ZoneId zone) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, "通行时间 Exit time", "车牌号 Plate", "入口 Entry", "出口 Exit", "通行费 Toll", "实收 Charged", "通行记录号 Toll id");
        for (StatementLine l : s.lines()) {
            row(csv, TIME.format(l.exitedAt().atZone(zone)), l.plate().number(), l.entry(), l.exit(), l.toll().toString(),
                    l.charge().toString(), l.tollId());
        }
        row(csv, "合计 Total", s.lines().size() + "次 passages", "", "", s.tolls().toString(), s.charged().toString(), "");
        row(csv, "优惠 Discount", "", "", "", s.discount().toString(), "", "");
        for (EtcDebit d : s.debits()) {
            row(csv, "扣款 Debit " + d.id(), d.status().name(), "", "", "", d.amount().toString(),
                    d.nextAttemptAt() == null ? "" : "下次扣款 next " + TIME.format(d.nextAttemptAt().atZone(zone)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells[i]));
        }
        csv.append("\r\n");
    }

    /** As RFC 4180 says, and never read as a formula by a spreadsheet (a cell starting with = + - @ tab or CR is prefixed). */
    private static String quoted(String cell) {
        String safe = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
