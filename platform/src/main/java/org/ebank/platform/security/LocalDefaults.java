package org.ebank.platform.security;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The passwords and secrets of the local run (README), in configuration only under the {@code local} profile — the
 * profile a service is in unless told otherwise ({@code spring.profiles.default}). A service told it is elsewhere
 * refuses to start with any of them: a default password is no password.
 */
public final class LocalDefaults {

    public static final String PROFILE = "local";

    /** The local run's staff, channel-system and service passwords, as the README gives them. */
    static final List<String> SECRETS = List.of("Staff@2026", "Atm@2026", "Counter@2026", "transfer-local-secret",
            "wealth-local-secret", "insight-local-secret", "corporate-local-secret");

    private LocalDefaults() {
    }

    /**
     * @param what      what is checked, for the message (e.g. {@code staff account staff01})
     * @param isDefault whether the setting is one of the defaults: given a default password, does the setting accept it
     */
    public static void refuseOutsideLocal(Environment environment, String what, Predicate<String> isDefault) {
        if (environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        if (SECRETS.stream().anyMatch(isDefault)) {
            throw new IllegalStateException(what + " has a password of the local run, outside the local profile (active: "
                    + String.join(",", environment.getActiveProfiles()) + "): set one of your own");
        }
    }
}
