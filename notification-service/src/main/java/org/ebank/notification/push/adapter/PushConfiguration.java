package org.ebank.notification.push.adapter;

import java.time.Clock;
import org.ebank.notification.message.application.MessageRepository;
import org.ebank.notification.message.application.Notify;
import org.ebank.notification.push.application.ProfileStore;
import org.ebank.notification.push.application.PushLog;
import org.ebank.notification.push.application.RecommendPushes;
import org.ebank.notification.push.application.RecordPushFacts;
import org.ebank.notification.push.application.SendDuePushes;
import org.ebank.notification.push.domain.PushPolicy;
import org.ebank.notification.push.domain.Recommender;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushProperties.class)
class PushConfiguration {

    @Bean
    Recommender recommender(PushProperties p, Clock clock) {
        return new Recommender(new PushPolicy(p.maxPerWeek(), p.productCooldown(), p.lookAhead(), p.eveningActive(), p.seniorMaxRisk()),
                clock.getZone());
    }

    @Bean
    RecordPushFacts recordPushFacts(ProfileStore store, PushLog log, Clock clock) {
        return new RecordPushFacts(store, log, clock);
    }

    @Bean
    RecommendPushes recommendPushes(ProfileStore store, PushLog log, MessageRepository messages, Recommender recommender, Clock clock) {
        return new RecommendPushes(store, log, messages, recommender, clock);
    }

    @Bean
    SendDuePushes sendDuePushes(PushLog log, ProfileStore store, MessageRepository messages, Notify notify, Clock clock,
                                PushProperties p) {
        return new SendDuePushes(log, store, messages, notify, clock, p.staleAfter());
    }
}
