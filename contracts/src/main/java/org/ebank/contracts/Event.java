package org.ebank.contracts;

/** An event payload that knows the CloudEvent type it travels as, so a payload is never published under another's type. */
public interface Event {

    String type();
}
