package org.ebank.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ebank.platform.audit.RequestIds;
import org.ebank.platform.json.StrictRequestBodies;
import org.ebank.platform.neighbours.Neighbours;
import org.springframework.util.unit.DataSize;
import java.time.Clock;
import java.time.ZoneId;
import org.ebank.platform.problem.Outage;
import org.ebank.platform.problem.ProblemExceptionHandler;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.security.SecurityConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;

/**
 * What every ebank deployable gets, the gateway included: the bank's clock, problem+json, JWT security, the way to its
 * neighbours.
 */
@AutoConfiguration
@Import({SecurityConfiguration.class, Neighbours.class})
public class PlatformAutoConfiguration {

    /** The bank's calendar: every month, year and business day is counted in Asia/Shanghai. */
    public static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(BANK_ZONE);
    }

    @Bean
    ProblemWriter problemWriter(ObjectMapper mapper,
                                @Value("${ebank.problems.type-base:https://api.ebank.example/problems/}") String base) {
        return new ProblemWriter(mapper, base);
    }

    @Bean
    StrictRequestBodies strictRequestBodies(ObjectMapper mapper, @Value("${spring.codec.max-in-memory-size:64KB}") DataSize maxInMemory) {
        return new StrictRequestBodies(mapper, maxInMemory);
    }

    /** The gateway's request id, kept for the work the request causes (audit records name it). */
    @Bean
    RequestIds requestIds() {
        return new RequestIds();
    }

    /**
     * Before Boot's own error handler (order -1), so no error leaves as anything but problem+json; an {@link Outage} a
     * service has (its database's: EventingAutoConfiguration) is answered 503 with Retry-After.
     */
    @Bean
    @Order(-2)
    ProblemExceptionHandler problemExceptionHandler(ProblemWriter writer, ObjectProvider<Outage> outage) {
        return new ProblemExceptionHandler(writer, outage.getIfAvailable(() -> Outage.NONE));
    }
}
