package org.ebank.notification.recipient.adapter;

import org.ebank.notification.recipient.application.RecordRecipient;
import org.ebank.platform.security.TokenSessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecipientConfiguration {

    /**
     * A corporate operator's token reads their messages only while it is of the latest generation this service heard of
     * (OperatorReset): a session stolen before the operator was started over ends here too, once the event arrives.
     */
    @Bean
    TokenSessions operatorSessions(RecordRecipient recipients) {
        return TokenSessions.ofOperators((operator, enterprise, generation) -> recipients.isCurrent(operator, generation));
    }
}
