package org.ebank.corporate.enterprise.application;

import org.ebank.corporate.enterprise.domain.Enterprise;

/** What registering an enterprise came to. */
public sealed interface EnterpriseRegistration {

    record Registered(Enterprise enterprise) implements EnterpriseRegistration {
    }

    /** Its credit code is another enterprise's already: that one is named, nothing was registered. */
    record AlreadyRegistered(String enterpriseId) implements EnterpriseRegistration {
    }
}
