package org.ebank.contracts.ledger;

/** Reverse a posting under an id of the caller's: repeated, it answers with the first reversal. */
public record ReversalRequest(String reversalId) {
}
