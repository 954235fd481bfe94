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

    @Transactional
    public Mono<EnterpriseRegistration> register(String name, CreditCode creditCode, String legalRepresentative,
                                                 String contactPhone, String region, String staff) {
        Enterprise enterprise = new Enterprise("ent_" + UUID.randomUUID().toString().replace("-", ""), name, creditCode,
                legalRepresentative, contactPhone, region == null ? creditCode.region() : region, clock.instant());
        return enterprises.insert(enterprise, staff).flatMap(inserted -> inserted
                ? outbox.append(CorporateTopics.ENTERPRISE, enterprise.id(), CorporateTopics.ENTERPRISE_REGISTERED,
                                new EnterpriseRegistered(enterprise.id(), enterprise.name(), creditCode.value(),
                                        enterprise.legalRepresentative(), enterprise.contactPhone(), enterprise.region(),
                                        enterprise.registeredAt()))
                        .then(audit.record(AuditAction.ENTERPRISE_REGISTERED, enterprise.id(), Map.of("name", enterprise.name(),
                                "creditCode", creditCode.value(), "region", enterprise.region())))
                        .thenReturn((EnterpriseRegistration) new EnterpriseRegistration.Registered(enterprise))
                : enterprises.findByCreditCode(creditCode).map(existing -> new EnterpriseRegistration.AlreadyRegistered(existing.id())));
    }
}
