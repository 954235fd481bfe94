package org.ebank.notification.message.adapter;

import java.time.Clock;
import org.ebank.notification.message.application.LiveMessages;
import org.ebank.notification.message.application.MessageRepository;
import org.ebank.notification.message.application.MessageStream;
import org.ebank.notification.message.domain.Templates;
import org.ebank.platform.db.Listening;
import org.ebank.platform.secrets.SealingKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.r2dbc.core.DatabaseClient;

@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    Templates templates(Clock clock) {
        return new Templates(clock.getZone());
    }

    /** Opens the SMS codes the other services seal for us: {@code ebank.sealing.private-key} (PKCS#8 PEM), or a key made now. */
    @Bean
    SealingKey sealingKey(@Value("${ebank.sealing.private-key:#{null}}") Resource privateKey) {
        return SealingKey.from(privateKey);
    }

    /**
     * Every instance hears of every stored message (a trigger notifies on commit) and feeds its own open streams; when it
     * had to listen again, they end, so their apps reconnect and catch up.
     */
    @Bean
    Listening liveMessagesListening(DatabaseClient db, PostgresLiveMessages live) {
        return new Listening(db.getConnectionFactory(), "message_stored", live::follow, live::endStreams);
    }

    @Bean
    MessageStream messageStream(LiveMessages live, MessageRepository messages) {
        return new MessageStream(live, messages);
    }
}
