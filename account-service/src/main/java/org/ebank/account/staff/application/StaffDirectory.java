package org.ebank.account.staff.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ebank.account.staff.domain.Branch;
import org.ebank.account.staff.domain.StaffMember;
import org.ebank.account.token.application.SystemAccountNames;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.BranchOpened;
import org.ebank.contracts.account.StaffActivationCodeIssued;
import org.ebank.contracts.account.StaffEnrolled;
import org.ebank.contracts.account.StaffLeft;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.secrets.ActivationCode;
import org.ebank.platform.secrets.Sealer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The bank's directory of branches and staff, kept by administrators. A new staff member, and one whose login is started
 * over, gets an activation code by SMS on their own phone (sealed for notification-service; only a BCrypt hash of it is
 * kept): the administrator never sees it, so nobody signs in as somebody else. No staff code is a channel system's or a
 * service's username. A staff member who leaves signs in no more.
 */
@Service
public class StaffDirectory {

    static final Duration ACTIVATION_LIFETIME = Duration.ofHours(24);

    private final StaffRepository staff;
    private final SystemAccountNames systemAccounts;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final Audit audit;
    private final Sealer sealer;
    private final Clock clock;

    public StaffDirectory(StaffRepository staff, SystemAccountNames systemAccounts, PasswordEncoder passwords, Outbox outbox, Audit audit,
                          Sealer sealer, Clock clock) {
        this.staff = staff;
        this.systemAccounts = systemAccounts;
        this.passwords = passwords;
        this.outbox = outbox;
        this.audit = audit;
        this.sealer = sealer;
        this.clock = clock;
    }

    @Transactional
    public Mono<StaffOutcome> openBranch(Branch branch) {
        Mono<Boolean> parentKnown = branch.parentCode() == null ? Mono.just(true) : staff.findBranch(branch.parentCode()).hasElement();
        Instant now = clock.instant();
        return parentKnown.flatMap(known -> !known ? Mono.just(new StaffOutcome.UnknownBranch(branch.parentCode()))
                : staff.addBranch(branch, now)
                .flatMap(opened -> outbox.append(AccountTopics.STAFF, opened.code(), AccountTopics.BRANCH_OPENED,
                                new BranchOpened(opened.code(), opened.name(), opened.region().code(), opened.parentCode(), now))
                        .then(audit.record(AuditAction.BRANCH_OPENED, opened.code(), Map.of("name", opened.name(),
                                "region", opened.region().code(), "parent", String.valueOf(opened.parentCode()))))
                        .thenReturn((StaffOutcome) new StaffOutcome.BranchOpened(opened)))
                .defaultIfEmpty(new StaffOutcome.Exists(branch.code())));
    }

    /**
     * A new staff member, who chooses a password with the activation code sent to their phone. A branch manager or an
     * administrator waits for a second administrator to {@link #confirmEnrolment confirm} them first: one administrator
     * alone cannot make a manager to confirm their own requests with (双人复核 elsewhere rests on managers being real).
     */
    @Transactional
    public Mono<StaffOutcome> enrol(StaffMember member, String enrolledBy) {
        boolean awaiting = member.needsSecondAdministrator();
        return add(member, null, false, enrolledBy, awaiting).flatMap(outcome -> !(outcome instanceof StaffOutcome.ActivationSent)
                ? Mono.just(outcome)
                : (awaiting ? Mono.<Void>empty() : sendActivation(member, false))
                        .then(audit.record(AuditAction.STAFF_ENROLLED, member.code(), Map.of("branch", member.branchCode(),
                                "role", member.role().name(), "phone", member.phone().masked(), "awaitingConfirmation", String.valueOf(awaiting))))
                        .thenReturn(awaiting ? new StaffOutcome.AwaitingConfirmation(member) : outcome));
    }

    /** A second administrator confirms a branch manager's or an administrator's enrolment: announced, and the code sent. */
    @Transactional
    public Mono<StaffOutcome> confirmEnrolment(String staffCode, String confirmedBy) {
        Instant now = clock.instant();
        return staff.lockLogin(staffCode).filter(login -> login.awaitingConfirmation() && !login.left())
                .flatMap(login -> login.enrolledBy() != null && login.enrolledBy().equals(confirmedBy)
                        ? Mono.just((StaffOutcome) new StaffOutcome.OwnEnrolment(staffCode))
                        : staff.confirmEnrolment(login.member().code(), confirmedBy)
                        .then(announce(login.member(), now))
                        .then(sendActivation(login.member(), false))
                        .then(audit.record(AuditAction.STAFF_ENROLLED, login.member().code(), Map.of("branch", login.member().branchCode(),
                                "role", login.member().role().name(), "enrolledBy", String.valueOf(login.enrolledBy()), "confirmed", "true")))
                        .thenReturn((StaffOutcome) new StaffOutcome.ActivationSent(login.member())))
                .defaultIfEmpty(new StaffOutcome.UnknownStaff(staffCode));
    }

    /** Branch managers and administrators waiting for a second administrator. */
    public Flux<StaffMember> awaitingConfirmation() {
        return staff.awaitingConfirmation();
    }

    /** The staff the bank starts with (the local run's demo directory), with a password hash given: no activation code. */
    @Transactional
    public Mono<StaffOutcome> enrolWithPassword(StaffMember member, String passwordHash) {
        return add(member, passwordHash, true, null, false);
    }

    /** The password hashes of the staff enrolled from configuration. */
    public Flux<String> initialPasswordHashes() {
        return staff.initialPasswordHashes();
    }

    /** A forgotten password or a locked login: the password is forgotten and a new activation code sent. */
    @Transactional
    public Mono<StaffOutcome> startOver(String staffCode) {
        return staff.lockLogin(staffCode).filter(login -> !login.left() && !login.awaitingConfirmation())
                .flatMap(login -> sendActivation(login.member(), true)
                        .then(audit.record(AuditAction.STAFF_RESET, staffCode, Map.of("branch", login.member().branchCode())))
                        .thenReturn((StaffOutcome) new StaffOutcome.ActivationSent(login.member())))
                .defaultIfEmpty(new StaffOutcome.UnknownStaff(staffCode));
    }

    /** A staff member who left: their password and any activation code are forgotten, and they sign in no more. */
    @Transactional
    public Mono<StaffOutcome> leave(String staffCode) {
        Instant now = clock.instant();
        return staff.lockLogin(staffCode).filter(login -> !login.left())
                .flatMap(login -> staff.leave(login.member().code(), now)
                        .then(outbox.append(AccountTopics.STAFF, login.member().branchCode(), AccountTopics.STAFF_LEFT,
                                new StaffLeft(login.member().code(), login.member().branchCode(), now)))
                        .then(audit.record(AuditAction.STAFF_LEFT, login.member().code(), Map.of("branch", login.member().branchCode())))
                        .thenReturn((StaffOutcome) new StaffOutcome.Left(login.member())))
                .defaultIfEmpty(new StaffOutcome.UnknownStaff(staffCode));
    }

    public Flux<Branch> branches() {
        return staff.branches();
    }

    public Mono<Branch> branch(String code) {
        return staff.findBranch(code);
    }

    public Flux<StaffMember> staffOf(String branchCode) {
        return staff.staffOf(branchCode);
    }

    private Mono<StaffOutcome> add(StaffMember member, String passwordHash, boolean initial, String enrolledBy, boolean awaiting) {
        if (systemAccounts.taken(member.code())) {
            return Mono.just(new StaffOutcome.Exists(member.code()));
        }
        Instant now = clock.instant();
        return staff.findBranch(member.branchCode())
                .flatMap(branch -> staff.addStaff(member, passwordHash, initial, enrolledBy, awaiting, now)
                        .flatMap(added -> (awaiting ? Mono.empty() : announce(added, now))
                                .thenReturn((StaffOutcome) new StaffOutcome.ActivationSent(added)))
                        .defaultIfEmpty(new StaffOutcome.Exists(member.code())))
                .defaultIfEmpty(new StaffOutcome.UnknownBranch(member.branchCode()));
    }

    /** The staff member's code is a referrer code from now on; notification-service learns their phone. */
    private Mono<Void> announce(StaffMember member, Instant at) {
        return outbox.append(AccountTopics.STAFF, member.branchCode(), AccountTopics.STAFF_ENROLLED,
                new StaffEnrolled(member.code(), member.name(), member.branchCode(), member.role(), member.phone().value(), at)).then();
    }

    private Mono<Void> sendActivation(StaffMember member, boolean reset) {
        String code = ActivationCode.generate();
        Instant expires = clock.instant().plus(ACTIVATION_LIFETIME);
        return Mono.fromCallable(() -> passwords.encode(code)).subscribeOn(Schedulers.boundedElastic())
                .zipWith(sealer.seal(code))
                .flatMap(hashAndSealed -> staff.startOver(member.code(), hashAndSealed.getT1(), expires)
                .then(outbox.append(AccountTopics.STAFF, member.branchCode(), AccountTopics.STAFF_ACTIVATION_CODE_ISSUED,
                        new StaffActivationCodeIssued(member.code(), hashAndSealed.getT2(), reset, expires))))
                .then();
    }
}
