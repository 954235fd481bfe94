package org.ebank.corporate.operator.application;

/** One-way password and activation-code hashes (slow on purpose: call off the event loop). */
public interface Passwords {

    String hash(String secret);

    boolean matches(String secret, String hash);
}
