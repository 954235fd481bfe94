package org.ebank.gateway.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    ApiDocuments apiDocuments(WebClient.Builder http, Environment environment, ObjectMapper json, Clock clock,
                              @Value("${ebank.api.version:1.0.0}") String version) {
        return new ApiDocuments(http, environment, json, clock, version);
    }
}
