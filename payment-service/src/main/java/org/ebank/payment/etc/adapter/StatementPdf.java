package org.ebank.payment.etc.adapter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.ebank.payment.etc.domain.EtcDebit;
import org.ebank.payment.etc.domain.MonthlyStatement;
import org.ebank.payment.etc.domain.StatementLine;

/**
 * A monthly ETC statement as a PDF (A4, one table). Its Chinese is set in STSong-Light, one of the standard CJK fonts
 * every PDF reader supplies (Adobe-GB1, Unicode encoding UniGB-UCS2-H), so no font is embedded and none has to ship with
 * the service; the document is written directly, as it is a handful of objects: a catalogue, the pages, the font and a
 * text stream per page.
 */
final class StatementPdf {

    private static final int ROWS_PER_PAGE = 48;
    private static final int[] COLUMNS = {40, 135, 205, 315, 425, 490};

    private StatementPdf() {
    }

    static byte[] of(MonthlyStatement s, ZoneId zone) {
        List<String> pages = new ArrayList<>();
        List<StatementLine> lines = s.lines();
        int pageCount = Math.max(1, (lines.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        for (int page = 0; page < pageCount; page++) {
            Text text = new Text();
            text.at(40, 800, 14, "ETC通行费月结单  Monthly ETC statement  " + s.month());
            text.at(40, 780, 10, s.product().chineseName() + "  尾号" + s.cardLastFour() + "    第" + (page + 1) + "/" + pageCount + "页");
            String[] header = {"通行时间", "车牌号", "入口", "出口", "通行费(元)", "实收(元)"};
            int y = 750;
            for (int c = 0; c < header.length; c++) {
                text.at(COLUMNS[c], y, 9, header[c]);
            }
            for (StatementLine l : lines.subList(page * ROWS_PER_PAGE, Math.min(lines.size(), (page + 1) * ROWS_PER_PAGE))) {
                y -= 14;
                String[] cells = {StatementCsv.TIME.format(l.exitedAt().atZone(zone)), l.plate().number(), l.entry(), l.exit(),
                        l.toll().toString(), l.charge().toString()};
                for (int c = 0; c < cells.length; c++) {
                    text.at(COLUMNS[c], y, 9, cells[c]);
                }
            }
            if (page == pageCount - 1) {
                y -= 24;
                text.at(40, y, 10, "合计 " + lines.size() + " 次通行   通行费 " + s.tolls() + " 元   优惠 " + s.discount() + " 元   应扣 "
                        + s.charged() + " 元   已扣 " + s.paid() + " 元");
                for (EtcDebit d : s.debits()) {
                    y -= 16;
                    text.at(40, y, 9, "扣款 " + d.id() + "  " + d.amount() + " 元  " + (switch (d.status()) {
                        case PAID -> "已扣款";
                        case DUE -> d.nextAttemptAt() == null ? "扣款中" : "余额不足，将于 "
                                + StatementCsv.TIME.format(d.nextAttemptAt().atZone(zone)) + " 再次扣款";
                        case UNPAID -> "多次扣款未成功，未缴清";
                    }));
                }
            }
            pages.add(text.toString());
        }
        return document(pages);
    }

    /** A page's text stream: each string placed where it goes, in UTF-16 as the font's encoding reads it. */
    private static final class Text {

        private final StringBuilder stream = new StringBuilder();

        void at(int x, int y, int size, String text) {
            stream.append("BT /F1 ").append(size).append(" Tf 1 0 0 1 ").append(x).append(' ').append(y).append(" Tm <")
                    .append(HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_16BE))).append("> Tj ET\n");
        }

        @Override
        public String toString() {
            return stream.toString();
        }
    }

    private static byte[] document(List<String> pageStreams) {
        List<String> objects = new ArrayList<>();
        int firstPage = 6;
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pageStreams.size(); i++) {
            kids.append(firstPage + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pageStreams.size() + " >>");
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>");
        objects.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 /W [1 95 500] /FontDescriptor 5 0 R >>");
        objects.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        for (int i = 0; i < pageStreams.size(); i++) {
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents "
                    + (firstPage + 2 * i + 1) + " 0 R >>");
            String content = pageStreams.get(i);
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "endstream");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(pdf, table.toString());
        return pdf.toByteArray();
    }

    private static void write(ByteArrayOutputStream pdf, String text) {
        pdf.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
