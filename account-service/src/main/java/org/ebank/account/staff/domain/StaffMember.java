package org.ebank.account.staff.domain;

import java.util.Locale;
import org.ebank.account.customer.domain.PhoneNumber;
import org.ebank.contracts.account.StaffRole;

/**
 * A staff member of a branch. Their code is their username and the referrer code customers give, in lower case (a
 * customer who types {@code STAFF02} means {@code staff02}); their phone, theirs alone, is where their activation code goes.
 */
public record StaffMember(String code, String name, String branchCode, StaffRole role, PhoneNumber phone) {

    public static final String CODE_PATTERN = "[A-Za-z0-9-]{2,32}";

    /** Whether one administrator alone may not make this member: a branch manager confirms 双人复核, an administrator makes staff. */
    public boolean needsSecondAdministrator() {
        return role == StaffRole.BRANCH_MANAGER || role == StaffRole.ADMIN;
    }

    public StaffMember {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("a staff code is 2 to 32 letters, digits or hyphens");
        }
        code = code.toLowerCase(Locale.ROOT);
        if (name == null || name.isBlank() || name.length() > Branch.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a staff member has a name of at most " + Branch.MAX_NAME_LENGTH + " characters");
        }
    }
}
