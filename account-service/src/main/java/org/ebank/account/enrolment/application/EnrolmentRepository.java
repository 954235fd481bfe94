package org.ebank.account.enrolment.application;

import java.time.Instant;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.ebank.account.enrolment.domain.LoginGuard.LoginState;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Credentials, enrolments and bound devices. */
public interface EnrolmentRepository {

    /** The customer's password hash and login state, locked until the transaction ends. */
    Mono<Credential> lockCredential(String customerId);

    /** False when the customer has a login already (made by another enrolment at the same moment). */
    Mono<Boolean> createCredential(String customerId, String passwordHash);

    Mono<Void> saveLoginState(String customerId, LoginState state);

    /** True when enrolled now, false when the customer was enrolled in the channel already. */
    Mono<Boolean> enrol(String customerId, EbankChannel channel, String referrerCode, Instant at);

    Flux<Enrolment> enrolments(String customerId);

    /** Serialises the enrolments of one phone number until the transaction ends. */
    Mono<Void> lockPhone(String phone);

    /** The enrolled customer who signs in with this phone number. */
    Mono<String> enrolledCustomerWithPhone(String phone);

    Mono<Boolean> isDeviceBound(String customerId, String deviceId);

    /** True when the device is new for this customer (and is now bound). */
    Mono<Boolean> bindDevice(String customerId, String deviceId, Instant at);

    record Credential(String customerId, String passwordHash, LoginState state) {
    }

    record Enrolment(EbankChannel channel, String referrerCode, Instant enrolledAt) {
    }
}
