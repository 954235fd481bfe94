package org.ebank.corporate.operator.domain;

import java.time.Instant;

/**
 * A staff member's request to enrol an enterprise's administrator ({@code ENROLMENT}, with the administrator's login name,
 * name, phone and the referring staff member) or to start the administrator over ({@code RESET}). It does nothing until a
 * second staff member confirms it (双人复核): someone else, of the same branch, and one of the two the branch's manager.
 * So no one at the bank alone can hand an enterprise's corporate netbank to a phone of their choosing. The one who asked,
 * or the branch's manager, may withdraw it while it waits.
 */
public record AdministratorRequest(String id, String enterpriseId, Kind kind, String loginName, String name, String phone,
                                   String referrerCode, String requestedBy, boolean requestedByManager, String branchCode,
                                   Instant requestedAt, Instant expiresAt, Status status) {

    public enum Kind { ENROLMENT, RESET }

    public enum Status { PENDING, CONFIRMED, REFUSED, WITHDRAWN }

    /** Why a staff member may not ask, confirm or withdraw, if they may not. */
    public enum Refusal {
        OWN_REQUEST, OTHER_BRANCH, NO_MANAGER,
        /** An administrator of the staff directory: they make staff, so they neither ask nor confirm here. */
        DIRECTORY_KEEPER,
        /** The enterprise belongs to another branch, whose staff ask about its administrator. */
        ENTERPRISE_OF_ANOTHER_BRANCH,
        /** Neither the one who asked nor the branch's manager: they do not withdraw it. */
        NOT_REQUESTER
    }

    public boolean open(Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt);
    }

    /** Whether {@code staff} of {@code branch} ({@code manager}: its manager) may withdraw it: null if so. */
    public Refusal withdrawalRefusalOf(String staff, String branch, boolean manager) {
        return requestedBy.equals(staff) || manager && branchCode.equals(branch) ? null : Refusal.NOT_REQUESTER;
    }

    public AdministratorRequest withdrawn() {
        return new AdministratorRequest(id, enterpriseId, kind, loginName, name, phone, referrerCode, requestedBy, requestedByManager,
                branchCode, requestedAt, expiresAt, Status.WITHDRAWN);
    }

    /** Whether {@code staff} of {@code branch} ({@code manager}: its manager) may confirm: null if so. */
    public Refusal refusalOf(String staff, String branch, boolean manager) {
        if (requestedBy.equals(staff)) {
            return Refusal.OWN_REQUEST;
        }
        if (!branchCode.equals(branch)) {
            return Refusal.OTHER_BRANCH;
        }
        return requestedByManager || manager ? null : Refusal.NO_MANAGER;
    }
}
