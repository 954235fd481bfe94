package org.ebank.account.staff.adapter;

import org.ebank.account.card.domain.Region;
import org.ebank.account.customer.domain.PhoneNumber;
import org.ebank.account.staff.application.StaffDirectory;
import org.ebank.account.staff.application.StaffOutcome;
import org.ebank.account.staff.domain.Branch;
import org.ebank.account.staff.domain.StaffMember;
import org.ebank.platform.security.LocalDefaults;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The branches and staff a bank starts with (the local run's demo directory, README; elsewhere at least a first
 * administrator), added before the service takes requests, when absent: each instance may try, the first one adds them
 * (and announces them), the others find them there. Outside the local profile no password of the local run is accepted,
 * neither in the configuration nor left in the database by an earlier local run; a listed branch that is not there, or
 * a parent listed after its child, stops the start. Added when the context starts, before the web server (a lower phase),
 * not while it is refreshed: the build's class-data training run refreshes the context without a database.
 */
@Component
@EnableConfigurationProperties(StaffProperties.class)
class InitialStaff implements SmartLifecycle {

    private final StaffProperties properties;
    private final StaffDirectory directory;
    private final PasswordEncoder passwords;
    private final Environment environment;
    private volatile boolean running;

    InitialStaff(StaffProperties properties, StaffDirectory directory, PasswordEncoder passwords, Environment environment) {
        this.properties = properties;
        this.directory = directory;
        this.passwords = passwords;
        this.environment = environment;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE; // before everything that starts with the context, the web server too
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void start() {
        properties.initialMembers().forEach(member -> LocalDefaults.refuseOutsideLocal(environment, "initial staff member " + member.code(),
                secret -> passwords.matches(secret, member.passwordHash())));
        Flux.fromIterable(properties.initialBranches())
                .concatMap(b -> directory.openBranch(new Branch(b.code(), b.name(), new Region(b.region()), b.parentCode())))
                .thenMany(Flux.fromIterable(properties.initialMembers()).concatMap(m -> directory.enrolWithPassword(
                        new StaffMember(m.code(), m.name(), m.branchCode(), m.role(), new PhoneNumber(m.phone())), m.passwordHash())))
                .doOnNext(outcome -> {
                    if (outcome instanceof StaffOutcome.UnknownBranch unknown) {
                        throw new IllegalStateException("ebank.staff.initial-*: no branch " + unknown.code()
                                + " (list a branch after the one it reports to)");
                    }
                })
                .thenMany(directory.initialPasswordHashes())
                .doOnNext(hash -> LocalDefaults.refuseOutsideLocal(environment, "a staff member enrolled by an earlier local run",
                        secret -> passwords.matches(secret, hash)))
                .blockLast();
        running = true;
    }
}
