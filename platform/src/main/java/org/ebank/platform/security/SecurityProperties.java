package org.ebank.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ebank.security.*}: the paths anyone may call, as {@code "METHOD /path/pattern"} or
 * {@code "/path/pattern"} for every method. Everything else needs a valid token; by convention
 * {@code /api/v1/ops/**} needs STAFF, {@code /api/v1/channel/**} a CHANNEL system and
 * {@code /internal/**} another SERVICE.
 */
@ConfigurationProperties("ebank.security")
public record SecurityProperties(@DefaultValue List<String> publicPaths) {
}
