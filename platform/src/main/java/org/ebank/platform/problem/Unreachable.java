package org.ebank.platform.problem;

/**
 * Something this service needs from another cannot be had for now (the keys that check tokens, from account-service,
 * say): the request is answered 503 with {@code Retry-After}, as an {@link Outage} is, not 500.
 */
public class Unreachable extends RuntimeException {

    public Unreachable(String what, Throwable cause) {
        super(what + " cannot be reached for now: " + cause, cause);
    }
}
