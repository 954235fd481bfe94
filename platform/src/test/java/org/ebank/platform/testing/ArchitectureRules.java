package org.ebank.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The shape every service keeps, one set of rules for all of them (each service's {@code ArchitectureTest} applies
 * them to its own classes): a feature is {@code domain} (the bank's rules, framework-free), {@code application} (use
 * cases and the ports they need) and {@code adapter} (web, R2DBC, Kafka, HTTP clients, configuration); dependencies
 * point inward; features do not depend on each other in a circle; no service uses another's code.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("account", "transfer", "wealth", "notification", "corporate", "payment", "gateway",
            "launcher");

    private ArchitectureRules() {
    }

    /** All of the rules below, for {@code org.ebank.<service>}: what each service's {@code ArchitectureTest} checks. */
    public static ArchRule all(String service) {
        return CompositeArchRule.of(everyClassInALayer(service)).and(domainIsFrameworkFree()).and(layersPointInward())
                .and(featuresFreeOfCycles(service)).and(noOtherServicesCode(service)).and(scheduledJobsRunOnce());
    }

    /**
     * Every instance's scheduler fires every {@code @Scheduled} method: a job is also {@code @SchedulerLock}, so that one
     * instance of the service runs it at a time (and a daily job once a day). Only refreshing an instance's own gauges
     * ({@code *Metrics}) runs on each.
     */
    public static ArchRule scheduledJobsRunOnce() {
        return methods().that().areAnnotatedWith(Scheduled.class).and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Metrics")
                .should().beAnnotatedWith(SchedulerLock.class)
                .because("two instances of a service would otherwise both run it").allowEmptyShould(true);
    }

    /** A domain knows the bank's rules and the JDK: no Spring, R2DBC, Jackson, Reactor, platform or Jakarta. */
    public static ArchRule domainIsFrameworkFree() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.r2dbc..", "com.fasterxml..",
                        "reactor..", "org.ebank.platform..", "jakarta..")
                .allowEmptyShould(true);
    }

    /**
     * Every class sits in a layer of a feature ({@code <feature>.domain}, {@code .application}, {@code .adapter}, at any
     * depth below), or is the service's application or configuration class at its root, or helps its controllers in
     * {@code web}.
     */
    public static ArchRule everyClassInALayer(String service) {
        String root = "org.ebank." + service;
        return classes().that().resideInAPackage(root + "..")
                .should().resideInAnyPackage(root, root + ".*.domain..", root + ".*.application..", root + ".*.adapter..",
                        root + ".web")
                .because("a class outside the layers escapes the rules that keep them apart");
    }

    /**
     * Adapter → application → domain, never back; controllers' helpers ({@code web}) are adapters too; and no SQL, HTTP
     * client or Kafka below the adapters.
     */
    public static ArchRule layersPointInward() {
        return CompositeArchRule.of(
                noClasses().that().resideInAPackage("..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..")
                        .because("a domain is the innermost layer").allowEmptyShould(true))
                .and(noClasses().that().resideInAnyPackage("..application..", "..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "org.ebank.*.web..")
                        .because("use cases reach databases and HTTP through ports, never adapters").allowEmptyShould(true))
                .and(noClasses().that().resideInAnyPackage("..application..", "..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage("io.r2dbc..", "org.springframework.r2dbc..",
                                "org.springframework.web.reactive.function.client..", "org.springframework.kafka..")
                        .because("SQL, HTTP clients and Kafka live in adapters behind ports").allowEmptyShould(true));
    }

    /** The features of {@code org.ebank.<service>} (its first-level packages) depend on each other without circles. */
    public static ArchRule featuresFreeOfCycles(String service) {
        return slices().matching("org.ebank." + service + ".(*)..").should().beFreeOfCycles();
    }

    /** Services share contracts and platform, never each other's classes. */
    public static ArchRule noOtherServicesCode(String service) {
        return noClasses().that().resideInAPackage("org.ebank." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream().filter(other -> !other.equals(service))
                        .map(other -> "org.ebank." + other + "..").toArray(String[]::new));
    }
}
