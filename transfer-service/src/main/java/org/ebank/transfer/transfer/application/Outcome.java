package org.ebank.transfer.transfer.application;

import java.util.Map;
import org.ebank.transfer.transfer.domain.Refusal;

/** A use case's answer: its result, or a refusal with the facts the caller may be told. */
public sealed interface Outcome<T> {

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> refused(Refusal reason) {
        return new Refused<>(reason, Map.of());
    }

    static <T> Outcome<T> refused(Refusal reason, Map<String, Object> details) {
        return new Refused<>(reason, details);
    }

    record Ok<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal reason, Map<String, Object> details) implements Outcome<T> {
    }
}
