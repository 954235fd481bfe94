package org.ebank.corporate.enterprise.application;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.enterprise.domain.Enterprise;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Staff register an enterprise, once per unified social credit code; the event and the audit record commit with it. */
@Service
public class RegisterEnterprise {

    private final EnterpriseRepository enterprises;
    private final Outbox outbox;
    private final Audit audit;
    private final Clock clock;

    public RegisterEnterprise(EnterpriseRepository enterprises, Outbox outbox, Audit audit, Clock clock) {
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registered by {@code staff} of {@code branchCode}, the branch the enterprise belongs to from now on. */
    @Transactional
    public Mono<EnterpriseRegistration> register(String name, CreditCode creditCode, String legalRepresentative,
                                                 String contactPhone, String region, String staff, String branchCode) {
        Enterprise enterprise = new Enterprise("ent_" + UUID.randomUUID().toString().replace("-", ""), name, creditCode,
                legalRepresentative, contactPhone, region == null ? creditCode.region() : region, clock.instant());
        return enterprises.insert(enterprise, staff, branchCode).flatMap(inserted -> inserted
                ? outbox.append(CorporateTopics.ENTERPRISE, enterprise.id(), CorporateTopics.ENTERPRISE_REGISTERED,
                                new EnterpriseRegistered(enterprise.id(), enterprise.name(), creditCode.value(),
                                        enterprise.legalRepresentative(), enterprise.contactPhone(), enterprise.region(),
                                        enterprise.registeredAt()))
                        .then(audit.record(AuditAction.ENTERPRISE_REGISTERED, enterprise.id(), Map.of("name", enterprise.name(),
                                "creditCode", creditCode.value(), "region", enterprise.region(),
                                "branch", branchCode == null ? "-" : branchCode)))
                        .thenReturn((EnterpriseRegistration) new EnterpriseRegistration.Registered(enterprise))
                : enterprises.findByCreditCode(creditCode).map(existing -> new EnterpriseRegistration.AlreadyRegistered(existing.id())));
    }
}
