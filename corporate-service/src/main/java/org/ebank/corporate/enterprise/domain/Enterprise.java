package org.ebank.corporate.enterprise.domain;

import java.time.Instant;

/**
 * An enterprise that banks with us (对公客户): its name, unified social credit code, legal representative, the mobile
 * number its account alerts go to, and its home region (a 6-digit division code, the region its accounts open in
 * unless staff say otherwise).
 */
public record Enterprise(String id, String name, CreditCode creditCode, String legalRepresentative, String contactPhone,
                         String region, Instant registeredAt) {

    public Enterprise {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("an enterprise's name has 1 to 100 characters");
        }
        if (legalRepresentative == null || legalRepresentative.isBlank() || legalRepresentative.length() > 50) {
            throw new IllegalArgumentException("a legal representative's name has 1 to 50 characters");
        }
        if (contactPhone == null || !contactPhone.matches("1[3-9]\\d{9}")) {
            throw new IllegalArgumentException("the contact phone is a mainland mobile number, e.g. 13800138000");
        }
        if (region == null || !region.matches("[1-9]\\d{5}")) {
            throw new IllegalArgumentException("a region is a 6-digit administrative division code, e.g. 440100");
        }
    }
}
