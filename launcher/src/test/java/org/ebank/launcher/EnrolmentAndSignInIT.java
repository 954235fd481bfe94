package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ebank.launcher.Staff.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through the gateway of the running system: enrolling and signing in from a new device need the code sent to the phone
 * on record, and no answer tells a wrong password from a wrong code.
 */
@ExtendWith(RunningSystem.class)
class EnrolmentAndSignInIT {

    private static Api api;
    private static Ports ports;

    @BeforeAll
    static void running() {
        api = RunningSystem.api();
        ports = RunningSystem.current().system().ports();
    }

    @Test
    void enrolmentAndANewDeviceNeedTheCodeSentToThePhoneAndAWrongPasswordReadsAsAWrongCode() {
        Person owner = Staff.newPerson();
        String card = Staff.newCard(owner.customerId());
        LocalPhone phone = RunningSystem.phone();
        phone.enrol(ports.gatewayUrl(), card, owner.phone(), "Secret2026", "NETBANK", null, null);
        phone.enrol(ports.gatewayUrl(), card, owner.phone(), "Secret2026", "MOBILE", "own-phone", null);

        // someone with the card, the phone number and even the password, but not the phone, enrols nothing
        int seen = phone.codes(owner.phone()).size();
        Api.Reply started = api.post("/api/v1/enrolments", null, Map.of("cardNumber", card, "phone", owner.phone(), "channel", "MOBILE",
                "deviceId", "thief-phone"));
        assertThat(started.status()).isEqualTo(202);
        String enrolment = started.body().get("enrolmentId").asText();
        String code = phone.codeAfter(owner.phone(), seen);
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        Api.Reply wrongCodeReply = api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null,
                Map.of("code", wrongCode, "password", "Secret2026"));
        assertThat(wrongCodeReply.status()).isEqualTo(422);
        // whoever holds the phone but guesses the password hears the same as a wrong code
        Api.Reply wrongPasswordReply = api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null,
                Map.of("code", code, "password", "Guess2026"));
        assertThat(wrongPasswordReply.status()).isEqualTo(422);
        assertThat(wrongPasswordReply.body().get("type").asText()).isEqualTo(wrongCodeReply.body().get("type").asText())
                .endsWith("/code-wrong");
        api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null, Map.of("code", wrongCode, "password", "Secret2026"));
        Api.Reply spent = api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null, Map.of("code", code, "password", "Secret2026"));
        assertThat(spent.body().get("type").asText()).as("three tries end the code").endsWith("/code-closed");

        // a stolen password on another phone gets a challenge, not a token
        seen = phone.codes(owner.phone()).size();
        Api.Reply challenged = api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026",
                "channel", "MOBILE", "deviceId", "thief-phone"));
        assertThat(challenged.status()).isEqualTo(202);
        assertThat(challenged.body().has("accessToken")).isFalse();
        String challenge = challenged.body().get("challengeId").asText();
        String deviceCode = phone.codeAfter(owner.phone(), seen);
        String wrongDeviceCode = deviceCode.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/device-challenges/" + challenge, null, Map.of("code", wrongDeviceCode)).status()).isEqualTo(422);
        }
        Api.Reply tooLate = api.post("/api/v1/auth/device-challenges/" + challenge, null, Map.of("code", deviceCode));
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.body().has("accessToken")).isFalse();
        assertThat(api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026", "channel", "MOBILE",
                "deviceId", "own-phone")).status()).as("the owner's bound phone signs in as before").isEqualTo(200);

        // the owner on a new phone of theirs: the code, then a token, then bound
        seen = phone.codes(owner.phone()).size();
        String newPhone = api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026", "channel", "MOBILE",
                "deviceId", "new-phone")).body().get("challengeId").asText();
        Api.Reply answered = api.post("/api/v1/auth/device-challenges/" + newPhone, null,
                Map.of("code", phone.codeAfter(owner.phone(), seen)));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", answered.body().get("accessToken").asText()).body().get("customerId").asText())
                .isEqualTo(owner.customerId());
        assertThat(api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026", "channel", "MOBILE",
                "deviceId", "new-phone")).status()).isEqualTo(200);
        assertThat(Databases.strings("account", "select payload::text from outbox_event where payload::text like '%" + owner.customerId() + "%'"))
                // as a value of its own: six digits can turn up by chance inside a timestamp or a sealed code's ciphertext
                .as("no code rests in account-service's outbox")
                .noneMatch(payload -> payload.contains("\"" + code + "\"") || payload.contains("\"" + deviceCode + "\""));
    }

    @Test
    void aWrongPasswordGivenWithTheRightCodeCountsTowardTheSignInLockout() {
        Person owner = Staff.newPerson();
        String card = Staff.newCard(owner.customerId());
        LocalPhone phone = RunningSystem.phone();
        phone.enrol(ports.gatewayUrl(), card, owner.phone(), "Secret2026", "NETBANK", null, null);
        int seen = phone.codes(owner.phone()).size();
        String enrolment = api.post("/api/v1/enrolments", null, Map.of("cardNumber", card, "phone", owner.phone(), "channel", "MOBILE",
                "deviceId", "my-phone")).body().get("enrolmentId").asText();
        assertThat(api.post("/api/v1/enrolments/" + enrolment + "/confirmation", null, Map.of("code", phone.codeAfter(owner.phone(), seen),
                "password", "Guess2026")).status()).isEqualTo(422);
        Map<String, Object> guess = Map.of("phone", owner.phone(), "password", "Guess2026", "channel", "NETBANK");
        for (int i = 2; i <= 4; i++) {
            assertThat(api.post("/api/v1/auth/login", null, guess).status()).as("wrong password " + i).isEqualTo(401);
        }
        Api.Reply fifth = api.post("/api/v1/auth/login", null, guess);
        assertThat(fifth.status()).as("the fifth wrong password in a row, the first given at enrolment").isEqualTo(423);
        assertThat(api.post("/api/v1/auth/login", null, Map.of("phone", owner.phone(), "password", "Secret2026", "channel", "NETBANK"))
                .status()).isEqualTo(423);
    }
}
