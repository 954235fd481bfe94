package org.ebank.account.staff.adapter;

import java.util.List;
import org.ebank.contracts.account.StaffRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ebank.staff.*}: the branches and staff the bank starts with, each staff member with the BCrypt hash of a
 * password: in the local run a demo directory (README); elsewhere at least a first administrator, who enrols the rest.
 */
@ConfigurationProperties("ebank.staff")
record StaffProperties(@DefaultValue List<InitialBranch> initialBranches, @DefaultValue List<InitialMember> initialMembers) {

    /** Listed parents first. */
    record InitialBranch(String code, String name, String region, String parentCode) {
    }

    record InitialMember(String code, String name, String branchCode, StaffRole role, String phone, String passwordHash) {
    }
}
