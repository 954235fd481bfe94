package org.ebank.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What every service reads from a request body, strictly: text without control characters (a NUL would reach the
 * database and fail there), decimals only as strings of plain digits ({@code "1234.50"}, as the API says) — not
 * JSON numbers, which a client may have rounded through a double, and not {@code "1e309"} — and dates and times in
 * ISO-8601 exactly as written (Jackson's own readers would trim a trailing NUL away).
 */
public final class StrictJson extends SimpleModule {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,19}(\\.\\d{1,10})?");

    public StrictJson() {
        super("ebank-strict-json");
        addDeserializer(String.class, new Text());
        addDeserializer(BigDecimal.class, new Decimal());
        addDeserializer(LocalDate.class, new Iso<>(LocalDate.class, LocalDate::parse));
        addDeserializer(OffsetDateTime.class, new Iso<>(OffsetDateTime.class, OffsetDateTime::parse));
    }

    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (CONTROL.matcher(text).find()) {
                return (String) context.handleWeirdStringValue(String.class, text, "control characters are not allowed");
            }
            return text;
        }
    }

    static final class Iso<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> parse;

        Iso(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), p);
            }
            try {
                return parse.apply(p.getText());
            } catch (DateTimeParseException e) {
                return (T) context.handleWeirdStringValue(handledType(), p.getText(),
                        "ISO-8601 expected, e.g. 2026-11-27 or 2026-11-27T17:00:00+08:00");
            }
        }
    }

    static final class Decimal extends StdScalarDeserializer<BigDecimal> {

        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText();
            if (!DECIMAL.matcher(text).matches()) {
                return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "a decimal is written like \"1234.50\"");
            }
            return new BigDecimal(text);
        }
    }
}
