package org.ebank.account.token.application;

import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** The bank's staff, as sign-in asks of them: who a username and password are, if anyone. */
public interface StaffAccounts {

    Mono<SignIn> signIn(String username, String password);

    /** What a staff sign-in came to. */
    sealed interface SignIn {

        /** The token's subject, roles and claims (their branch). */
        record Known(String subject, List<String> roles, Map<String, String> claims) implements SignIn {
        }

        /** No such staff member, one who left, one without a password yet, or not this password: one answer for all. */
        record Wrong() implements SignIn {
        }

        /** Five wrong tries in a row: locked for a while. */
        record Locked(java.time.Instant until) implements SignIn {
        }
    }
}
