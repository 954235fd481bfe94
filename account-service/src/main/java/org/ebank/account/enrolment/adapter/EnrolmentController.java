package org.ebank.account.enrolment.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ebank.account.enrolment.application.Enrol;
import org.ebank.account.enrolment.application.EnrolCommand;
import org.ebank.account.enrolment.application.EnrolmentOutcome;
import org.ebank.account.enrolment.application.LogIn;
import org.ebank.account.enrolment.application.LoginCommand;
import org.ebank.account.enrolment.application.LoginOutcome;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.ebank.account.enrolment.domain.PasswordPolicy;
import org.ebank.account.token.application.TokenIssuer.AccessToken;
import org.ebank.account.web.AccountProblems;
import org.ebank.contracts.value.Masked;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Enrolling in e-banking and signing in, each proven by an SMS code to the phone on record where the phone is what
 * vouches for the caller (enrolment, a new mobile device). Open to anyone; the gateway slows down whoever hammers them.
 */
@RestController
class EnrolmentController {

    private final Enrol enrol;
    private final LogIn logIn;

    EnrolmentController(Enrol enrol, LogIn logIn) {
        this.enrol = enrol;
        this.logIn = logIn;
    }

    /** Step one: card and phone; a code goes to the phone on record. */
    @Operation(operationId = "startEnrolment", summary = "Enrol in e-banking: card and phone, then a code to the phone")
    @Refusals({"already-enrolled", "enrolment-details-mismatch", "too-many-codes", "login-locked"})
    @PostMapping("/api/v1/enrolments")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<CodeSent> enrol(@Valid @RequestBody EnrolRequest request) {
        request.check();
        return enrol.start(new EnrolCommand(request.cardNumber(), request.phone(), request.channel(), request.deviceId(),
                request.referrerCode())).map(outcome -> {
                    if (outcome instanceof EnrolmentOutcome.CodeSent sent) {
                        return new CodeSent(sent.enrolmentId(), sent.expiresAt(), Masked.phone(request.phone()));
                    }
                    throw refused(outcome);
                });
    }

    /** Step two: the code from the SMS, and the password (the one the customer has already, or a new one). */
    @Operation(operationId = "confirmEnrolment", summary = "Finish an enrolment with the SMS code and the password")
    @Refusals({"code-wrong", "code-closed", "enrolment-details-mismatch", "already-enrolled", "login-locked"})
    @PostMapping("/api/v1/enrolments/{enrolmentId}/confirmation")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Enrolled> confirm(@PathVariable String enrolmentId, @Valid @RequestBody ConfirmRequest request) {
        if (!PasswordPolicy.accepts(request.password())) {
            throw weakPassword();
        }
        return enrol.confirm(enrolmentId, request.code(), request.password()).map(outcome -> {
            if (outcome instanceof EnrolmentOutcome.Enrolled enrolled) {
                return new Enrolled(enrolled.customerId());
            }
            throw refused(outcome);
        });
    }

    @Operation(operationId = "signIn", summary = "Sign in with phone and password")
    @ApiResponse(responseCode = "200", description = "Signed in: the access token", content = @Content(schema = @Schema(implementation = AccessToken.class)))
    @ApiResponse(responseCode = "202", description = "A device never bound: a code went to the phone on record", content = @Content(schema = @Schema(implementation = DeviceChallenge.class)))
    @Refusals({"login-failed", "login-locked", "not-enrolled", "too-many-codes"})
    @PostMapping("/api/v1/auth/login")
    Mono<ResponseEntity<Object>> login(@Valid @RequestBody LoginRequest request) {
        if (request.channel() == EbankChannel.MOBILE && request.deviceId() == null) {
            throw deviceRequired();
        }
        return logIn.logIn(new LoginCommand(request.phone(), request.password(), request.channel(), request.deviceId()))
                .map(outcome -> outcome instanceof LoginOutcome.DeviceChallenge challenge
                        ? ResponseEntity.status(HttpStatus.ACCEPTED).body(new DeviceChallenge(challenge.challengeId(),
                                challenge.expiresAt(), Masked.phone(request.phone())))
                        : ResponseEntity.ok(loggedIn(outcome)));
    }

    /** A new device's sign-in, finished with the code sent to the phone on record. */
    @Operation(operationId = "answerDeviceChallenge", summary = "Finish a new device's sign-in with the SMS code")
    @Refusals({"code-wrong", "code-closed", "login-locked"})
    @PostMapping("/api/v1/auth/device-challenges/{challengeId}")
    Mono<AccessToken> answerDeviceChallenge(@PathVariable String challengeId, @Valid @RequestBody CodeRequest request) {
        return logIn.answerDeviceChallenge(challengeId, request.code()).map(EnrolmentController::loggedIn);
    }

    private static ApiException refused(EnrolmentOutcome outcome) {
        if (outcome instanceof EnrolmentOutcome.AlreadyEnrolled) {
            return new ApiException(AccountProblems.ALREADY_ENROLLED,
                    new Text("您已开通该电子银行服务", "You are enrolled in this service already"));
        }
        if (outcome instanceof EnrolmentOutcome.PhoneTaken) {
            return new ApiException(AccountProblems.ENROLMENT_MISMATCH,
                    new Text("该手机号已被其他客户用于登录，请到柜面办理", "This phone number signs in another customer: please visit a branch"));
        }
        if (outcome instanceof EnrolmentOutcome.TooManyCodes) {
            return tooManyCodes();
        }
        if (outcome instanceof EnrolmentOutcome.Refused refused) {
            // a wrong code and a wrong password read the same
            return new ApiException(AccountProblems.CODE_WRONG, new Text("验证码或登录密码不正确，还可尝试 " + refused.triesLeft() + " 次",
                    "The code or the password is wrong; " + refused.triesLeft() + " tries left"),
                    Map.of("remainingTries", refused.triesLeft()));
        }
        if (outcome instanceof EnrolmentOutcome.CodeClosed) {
            return new ApiException(AccountProblems.CODE_CLOSED, new Text("验证码已失效，请重新申请开通",
                    "This code is no longer valid: please start the enrolment again"));
        }
        if (outcome instanceof EnrolmentOutcome.Locked locked) {
            return locked(locked.until());
        }
        return new ApiException(AccountProblems.ENROLMENT_MISMATCH, new Text(
                "卡号与手机号不匹配", "The card number and phone number do not match our records"));
    }

    private static AccessToken loggedIn(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return in.token();
        }
        if (outcome instanceof LoginOutcome.Locked locked) {
            throw locked(locked.until());
        }
        if (outcome instanceof LoginOutcome.NotEnrolled) {
            throw new ApiException(AccountProblems.NOT_ENROLLED,
                    new Text("您尚未开通该渠道的电子银行服务", "You are not enrolled in this channel"));
        }
        if (outcome instanceof LoginOutcome.TooManyCodes) {
            throw tooManyCodes();
        }
        if (outcome instanceof LoginOutcome.CodeWrong wrong) {
            throw new ApiException(AccountProblems.CODE_WRONG, new Text("验证码不正确，还可尝试 " + wrong.triesLeft() + " 次",
                    "The code is wrong; " + wrong.triesLeft() + " tries left"), Map.of("remainingTries", wrong.triesLeft()));
        }
        if (outcome instanceof LoginOutcome.CodeClosed) {
            throw new ApiException(AccountProblems.CODE_CLOSED, new Text("验证码已失效，请重新登录",
                    "This code is no longer valid: please sign in again"));
        }
        // no count of attempts left: it would tell an enrolled phone (fewer each time) from an unknown one (always all)
        throw new ApiException(AccountProblems.LOGIN_FAILED, new Text("手机号或密码错误，连续多次错误将暂时锁定登录",
                "Wrong phone number or password; several wrong in a row lock the sign-in for a while"));
    }

    private static ApiException locked(Instant until) {
        return new ApiException(AccountProblems.LOGIN_LOCKED, new Text("密码错误次数过多，登录已锁定，请稍后再试",
                "Too many wrong passwords: the login is locked for a while"), Map.of("lockedUntil", until.toString()));
    }

    private static ApiException tooManyCodes() {
        return new ApiException(AccountProblems.TOO_MANY_CODES, new Text("验证码发送过于频繁，请一小时后再试",
                "Too many codes were sent to this phone: please try again in an hour"));
    }

    private static ApiException weakPassword() {
        return new ApiException(AccountProblems.INVALID_FIELD, new Text(
                "登录密码须为 8 到 32 位，且同时包含字母和数字", "The password has 8 to 32 characters with letters and digits"),
                Map.of("errors", java.util.List.of(Map.of("field", "password", "message", "too weak"))));
    }

    private static ApiException deviceRequired() {
        return new ApiException(AccountProblems.INVALID_FIELD, new Text("手机银行需要设备标识", "Mobile banking needs a deviceId"),
                Map.of("errors", java.util.List.of(Map.of("field", "deviceId", "message", "required for MOBILE"))));
    }

    /** A code went to the phone on record (shown masked); it confirms the enrolment until {@code expiresAt}. */
    record CodeSent(String enrolmentId, Instant expiresAt, String codeSentTo) {
    }

    record Enrolled(String customerId) {
    }

    /** The password was right but the device is new: the code sent to the phone on record finishes the sign-in. */
    record DeviceChallenge(String challengeId, Instant expiresAt, String codeSentTo) {
    }

    record EnrolRequest(
            @NotBlank @Pattern(regexp = "\\d{19}") String cardNumber,
            @NotBlank @Pattern(regexp = "1[3-9]\\d{9}") String phone,
            @NotNull EbankChannel channel,
            @Size(min = 1, max = 64) String deviceId,
            @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]*") String referrerCode) {

        void check() {
            if (channel == EbankChannel.CORPORATE_NETBANK) {
                // an enterprise's netbank is opened by staff, for the enterprise: a person enrolling here would count
                // (and earn a referrer 200 CNY) as a corporate customer without being one
                throw new ApiException(AccountProblems.INVALID_FIELD, new Text("企业网银由柜面为企业开通，个人请开通手机银行或个人网银",
                        "Corporate netbank is opened for enterprises by staff: a person enrols in MOBILE or NETBANK"),
                        Map.of("errors", List.of(Map.of("field", "channel", "message", "MOBILE or NETBANK"))));
            }
            if (channel == EbankChannel.MOBILE && deviceId == null) {
                throw deviceRequired();
            }
        }
    }

    record ConfirmRequest(@NotBlank @Pattern(regexp = "\\d{6}") String code, @NotBlank @Size(max = 64) String password) {

        @Override
        public String toString() {
            return "ConfirmRequest[]";
        }
    }

    record CodeRequest(@NotBlank @Pattern(regexp = "\\d{6}") String code) {

        @Override
        public String toString() {
            return "CodeRequest[]";
        }
    }

    record LoginRequest(@NotBlank @Size(max = 11) String phone, @NotBlank @Size(max = 64) String password,
                        @NotNull EbankChannel channel, @Size(min = 1, max = 64) String deviceId) {

        @Override
        public String toString() {
            return "LoginRequest[channel=" + channel + "]";
        }
    }

}
