package org.ebank.platform.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.List;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.security.SecurityProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI document in one style: its title and description, the bearer-token scheme, decimals as strings
 * (the API takes and gives amounts as {@code "1234.50"}, never as JSON numbers), the problem+json schema, and who may
 * call each operation and what it can refuse ({@link ApiDocsCustomizer}). The gateway merges the services' documents.
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@ConditionalOnClass(SpringDocUtils.class)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    /** A decimal as the API writes it: digits, an optional sign and fraction, no exponent. */
    public static final String DECIMAL_PATTERN = "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$";

    static {
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class,
                new StringSchema().pattern(DECIMAL_PATTERN).example("1234.50"));
    }

    @Bean
    OpenAPI apiDocument(ApiDocsProperties api) {
        return new OpenAPI()
                .info(new Info().title(api.title()).version(api.version()).description(api.description()))
                .components(new Components()
                        .addSecuritySchemes(ApiDocsCustomizer.BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT").description("""
                                        An access token: customers get one from `POST /api/v1/auth/login` (15 minutes), staff \
                                        and the ATM and counter systems from `POST /api/v1/auth/staff-login`. The token's role \
                                        decides what it may call: CUSTOMER their own data, STAFF `/api/v1/ops/**`, CHANNEL \
                                        `/api/v1/channel/**`."""))
                        .addSchemas(ApiDocsCustomizer.PROBLEM, problem()));
    }

    @Bean
    ApiDocsCustomizer apiDocsCustomizer(SecurityProperties security, ObjectProvider<ProblemCatalog> catalogs,
                                        @Value("${ebank.problems.type-base:https://api.ebank.example/problems/}") String typeBase) {
        return new ApiDocsCustomizer(security, catalogs.orderedStream().toList(), typeBase);
    }

    /** RFC 9457, with the field errors of a 400 and whatever else a refusal names (e.g. {@code remainingTries}). */
    private static Schema<?> problem() {
        Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("An error, as application/problem+json (RFC 9457). Clients switch on `type`; `title` and `detail` "
                        + "are for people, in Chinese or, with `Accept-Language: en`, English.")
                .addProperty("type", new StringSchema().format("uri").example("https://api.ebank.example/problems/insufficient-funds"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError).description("For invalid-request: the fields that were wrong"))
                .required(List.of("type", "title", "status"))
                .additionalProperties(true);
    }
}
