package org.ebank.account.staff.application;

import java.time.Instant;
import org.ebank.account.staff.domain.Branch;
import org.ebank.account.staff.domain.StaffLogin;
import org.ebank.account.staff.domain.StaffMember;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The directory of branches and staff, and staff logins. */
public interface StaffRepository {

    /** Empty when a branch of that code exists already. */
    Mono<Branch> addBranch(Branch branch, Instant at);

    Mono<Branch> findBranch(String code);

    Flux<Branch> branches();

    /**
     * Empty when a staff member of that code, or with that phone, exists already; {@code initial}: from configuration;
     * {@code awaiting}: waiting for a second administrator's confirmation.
     */
    Mono<StaffMember> addStaff(StaffMember member, String passwordHash, boolean initial, String enrolledBy, boolean awaiting, Instant at);

    /** A second administrator confirmed the enrolment. */
    Mono<Void> confirmEnrolment(String staffCode, String confirmedBy);

    /** Those waiting for a second administrator, oldest first. */
    Flux<StaffMember> awaitingConfirmation();

    /** The password hashes of the staff enrolled from configuration, to check none is a local one. */
    Flux<String> initialPasswordHashes();

    /** Those who have not left, confirmed. */
    Flux<StaffMember> staffOf(String branchCode);

    /** The login, locked for the caller's transaction. */
    Mono<StaffLogin> lockLogin(String staffCode);

    /** A new activation code: the password forgotten, the tries and the lock cleared. */
    Mono<Void> startOver(String staffCode, String activationHash, Instant expiresAt);

    /** The password chosen with the activation code, which is spent. */
    Mono<Void> choosePassword(String staffCode, String passwordHash);

    /** One more wrong try, and the lock it brings, if any. */
    Mono<Void> countFailure(String staffCode, Instant lockedUntil);

    Mono<Void> clearFailures(String staffCode);

    /** Left the bank: no password, no code, no sign-in from now on. */
    Mono<Void> leave(String staffCode, Instant at);
}
