package org.ebank.contracts.corporate;

import java.time.Instant;

/**
 * Staff registered an enterprise as a customer of the bank: its unified social credit code (统一社会信用代码, public on
 * its business licence), legal representative, home region, and the contact phone its account alerts (动账) go to.
 */
public record EnterpriseRegistered(String enterpriseId, String name, String creditCode, String legalRepresentative,
                                   String contactPhone, String region, Instant registeredAt) {
}
