package org.ebank.payment.etc.adapter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ebank.payment.etc.domain.EtcDebit;
import org.ebank.payment.etc.domain.EtcTariff;
import org.ebank.payment.etc.domain.MonthlyStatement;
import org.ebank.payment.etc.domain.Plate;
import org.ebank.payment.etc.domain.Vehicle;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How vehicles, debits and statements read in the API, and the input checks customers' and operators' requests share. */
final class EtcViews {

    private EtcViews() {
    }

    /** A number plate as typed, tidied: anything that is not one is a 400 naming the field. */
    static Plate plate(String field, String typed) {
        Plate plate = Plate.parse(typed);
        if (plate == null) {
            throw ApiException.invalidField(field, new Text("车牌号格式不正确（如 粤A12345，新能源车 粤AD12345）",
                    "Not a number plate (e.g. 粤A12345, or 粤AD12345 for a new-energy vehicle)"));
        }
        return plate;
    }

    static YearMonth month(String typed) {
        try {
            return YearMonth.parse(typed);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("month", new Text("月份格式为 yyyy-MM，如 2026-11", "A month is yyyy-MM, e.g. 2026-11"));
        }
    }

    static VehicleView vehicle(Vehicle v, EtcTariff tariff) {
        return new VehicleView(v.id(), v.plate().number(), v.accountId(), v.cardLastFour(), v.product().name(),
                tariff.discounts(v.product()) ? tariff.rate().toPlainString() : "1", v.boundAt());
    }

    static DebitView debit(EtcDebit d) {
        return new DebitView(d.id(), d.statementId(), d.month().toString(), d.plate(), d.vehicles(), d.tolls(), d.gross().toString(),
                d.discount().toString(), d.amount().toString(), d.status().name(), d.attempt(), d.nextAttemptAt(), d.lastRefusal());
    }

    static StatementView statement(MonthlyStatement s) {
        return new StatementView(s.accountId(), s.cardLastFour(), s.month().toString(), s.lines().size(), s.tolls().toString(),
                s.discount().toString(), s.charged().toString(), s.paid().toString(),
                s.lines().stream().map(l -> new LineView(l.tollId(), l.plate().number(), l.entry(), l.exit(), l.exitedAt(),
                        l.toll().toString(), l.charge().toString())).toList(),
                s.debits().stream().map(EtcViews::debit).toList());
    }

    /** The statement as JSON, or as a file to download: {@code csv} or {@code pdf}, its times in {@code zone}. */
    static ResponseEntity<?> statementAs(String format, MonthlyStatement s, ZoneId zone) {
        String file = "ETC-" + s.month() + "-" + s.cardLastFour();
        return switch (format) {
            case "csv" -> download(StatementCsv.of(s, zone), new MediaType("text", "csv", StandardCharsets.UTF_8), file + ".csv");
            case "pdf" -> download(StatementPdf.of(s, zone), MediaType.APPLICATION_PDF, file + ".pdf");
            case "json" -> ResponseEntity.ok(statement(s));
            default -> throw ApiException.invalidField("format", new Text("格式为 json、csv 或 pdf", "The format is json, csv or pdf"));
        };
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(content);
    }

    /** {@code discountRate}: what the card pays of a toll (0.95: 9.5折; 1: no discount). */
    record VehicleView(String vehicleId, String plate, String accountId, String cardLastFour, String cardProduct, String discountRate,
                       Instant boundAt) {
    }

    record Vehicles(List<VehicleView> items) {
    }

    /**
     * A card's tolls of a statement, taken in one debit. {@code status}: DUE (to be taken, again at {@code nextAttemptAt}
     * after a refusal), PAID, or UNPAID (refused on every attempt). {@code plate} when the passages were one vehicle's.
     */
    record DebitView(String debitId, String statementId, String month, String plate, int vehicles, int tolls, String gross,
                     String discount, String amount, String status, int attempt, Instant nextAttemptAt, String lastRefusal) {
    }

    record LineView(String tollId, String plate, String entry, String exit, Instant exitedAt, String toll, String charge) {
    }

    /** A card's month: its passages, their tolls, the discount, what the card is charged and what of it was paid. */
    record StatementView(String accountId, String cardLastFour, String month, int passages, String tolls, String discount,
                         String charged, String paid, List<LineView> lines, List<DebitView> debits) {
    }
}
