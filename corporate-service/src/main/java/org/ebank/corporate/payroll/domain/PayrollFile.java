package org.ebank.corporate.payroll.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ebank.contracts.value.Money;

/**
 * A payroll file as makers export it from their spreadsheets: CSV in UTF-8 (a byte-order mark allowed), a header row
 * {@code account,name,amount,memo} (or {@code 账号,户名,金额,附言}), then one payee per row, at most {@link #MAX_ROWS}.
 * Fields may be quoted ({@code "a,b"}, {@code ""} for a quote). A file that breaks these is refused as a whole; a row that
 * breaks the rules for one payee is kept with its {@link RowProblem}, reported, and never paid.
 */
public final class PayrollFile {

    public static final int MAX_ROWS = 5000;
    /** Far above what 5,000 rows of four short fields take; the request is refused before it is read further. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** What one row pays at most; a batch's total is at most {@code MAX_ROWS} times this. */
    public static final Money MAX_ROW_AMOUNT = Money.of("100000000.00");
    private static final List<String> HEADER = List.of("account", "name", "amount", "memo");
    private static final List<String> HEADER_ZH = List.of("账号", "户名", "金额", "附言");

    /** Why a whole file is refused. */
    public enum Refusal {
        NOT_UTF8, HEADER, NO_ROWS, TOO_MANY_ROWS,
        /** A quote opened and never closed: where the rows end cannot be told. */
        UNCLOSED_QUOTE
    }

    /**
     * One row as written: {@code row} counts from 1 after the header. The account number is here only while the upload
     * is checked: nothing keeps it.
     */
    public record Line(int row, String accountNumber, String name, Money amount, String memo, RowProblem problem) {

        @Override
        public String toString() {
            return "Line[row=" + row + ", problem=" + problem + "]";
        }
    }

    /** The file's rows, or the refusal of all of it. */
    public record Parsed(List<Line> lines, Refusal refusal) {
    }

    private PayrollFile() {
    }

    public static Parsed parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), Refusal.NOT_UTF8);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = records(text);
        if (records == null) {
            return new Parsed(List.of(), Refusal.UNCLOSED_QUOTE);
        }
        // blank lines at the end are no rows; elsewhere they are, so row numbers stay the spreadsheet's (its line less one)
        while (!records.isEmpty() && isBlank(records.get(records.size() - 1))) {
            records.remove(records.size() - 1);
        }
        if (records.isEmpty() || !isHeader(records.get(0))) {
            return new Parsed(List.of(), Refusal.HEADER);
        }
        if (records.size() == 1) {
            return new Parsed(List.of(), Refusal.NO_ROWS);
        }
        if (records.size() - 1 > MAX_ROWS) {
            return new Parsed(List.of(), Refusal.TOO_MANY_ROWS);
        }
        List<Line> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(line(i, records.get(i)));
        }
        return new Parsed(List.copyOf(rows), null);
    }

    private static boolean isHeader(List<String> record) {
        List<String> header = record.stream().map(field -> field.toLowerCase(Locale.ROOT)).toList();
        return header.equals(HEADER) || header.equals(HEADER_ZH);
    }

    private static boolean isBlank(List<String> record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static Line line(int row, List<String> fields) {
        if (fields.size() != 4) {
            return new Line(row, null, fields.size() > 1 ? fields.get(1) : "", null, null, RowProblem.COLUMNS);
        }
        String account = fields.get(0);
        String name = fields.get(1);
        String memo = fields.get(3).isEmpty() ? null : fields.get(3);
        Money amount = amount(fields.get(2));
        RowProblem problem = !account.matches("\\d{12,30}") ? RowProblem.ACCOUNT_NUMBER
                : name.isEmpty() || name.length() > 60 || hasControls(name) ? RowProblem.NAME
                : amount == null ? RowProblem.AMOUNT
                : memo != null && (memo.length() > 30 || hasControls(memo)) ? RowProblem.MEMO
                : null;
        return new Line(row, account, name, amount, memo, problem);
    }

    private static boolean hasControls(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static Money amount(String text) {
        if (!text.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return null;
        }
        Money amount = Money.of(text);
        return amount.isPositive() && amount.compareTo(MAX_ROW_AMOUNT) <= 0 ? amount : null;
    }

    /**
     * The text's records and their fields, trimmed, as RFC 4180 reads them: a quoted field keeps its commas and line
     * breaks and turns {@code ""} into one quote, so a row is what a spreadsheet shows as one. Text after a closing quote
     * spoils its record: it comes back with a fifth field, which no row has. Null when a quote is left open at the end.
     */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean closed = false;
        boolean spoiled = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !closed) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',' || c == '\n' || c == '\r') {
                fields.add(field.toString().strip());
                field.setLength(0);
                closed = false;
                if (c != ',') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    records.add(spoiled ? spoil(fields) : fields);
                    fields = new ArrayList<>();
                    spoiled = false;
                }
            } else {
                spoiled |= closed && !Character.isWhitespace(c);
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString().strip());
            records.add(spoiled ? spoil(fields) : fields);
        }
        return records;
    }

    private static List<String> spoil(List<String> fields) {
        List<String> spoiled = new ArrayList<>(fields);
        while (spoiled.size() < 5) {
            spoiled.add("");
        }
        return spoiled;
    }
}
