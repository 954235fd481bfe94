package org.ebank.platform.docs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ebank.api.*}: what a service's API document says of itself. */
@ConfigurationProperties("ebank.api")
public record ApiDocsProperties(@DefaultValue("ebank") String title, @DefaultValue("") String description,
                                @DefaultValue("1.0.0") String version) {
}
