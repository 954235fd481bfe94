package org.ebank.contracts.account;

import java.time.Instant;
import org.ebank.contracts.Nullable;

/**
 * A branch (网点) in the bank's directory: its code, name, 6-digit region and the branch it reports to ({@code parentCode},
 * none for the city bank at the top). Accounts and staff belong to a branch.
 */
public record BranchOpened(String code, String name, String region, @Nullable String parentCode, Instant openedAt) {
}
