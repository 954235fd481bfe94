package org.ebank.wealth.kernel.domain;

/** A use case's answer: its result, or the refusal the customer is told. */
public sealed interface Outcome<T> {

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    static <T> Outcome<T> refused(Refusal.Reason reason) {
        return new Refused<>(Refusal.of(reason));
    }

    record Ok<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }
}
