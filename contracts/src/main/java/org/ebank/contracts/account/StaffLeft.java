package org.ebank.contracts.account;

import java.time.Instant;

/** A staff member left the bank: they sign in no more, and their code earns no incentive for enrolments from then on. */
public record StaffLeft(String staffCode, String branchCode, Instant leftAt) {
}
