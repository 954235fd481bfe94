package org.ebank.account.web;

import java.util.Map;
import java.util.function.Supplier;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;

/** Turns a domain value's refusal of its input into a 400 that names the field in both languages. */
public final class Fields {

    private Fields() {
    }

    /** For a value's supplier that refuses it outright. */
    public static <T> T refuse() {
        throw new IllegalArgumentException("refused");
    }

    public static <T> T parse(String field, Supplier<T> value, Text whenInvalid) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new ApiException(AccountProblems.INVALID_FIELD, whenInvalid,
                    Map.of("errors", java.util.List.of(Map.of("field", field, "message", whenInvalid.en()))));
        }
    }
}
