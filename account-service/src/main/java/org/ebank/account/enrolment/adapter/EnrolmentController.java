package org.ebank.account.enrolment.adapter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.ebank.account.enrolment.application.Enrol;
import org.ebank.account.enrolment.application.EnrolCommand;
import org.ebank.account.enrolment.application.EnrolmentOutcome;
import org.ebank.account.enrolment.application.LogIn;
import org.ebank.account.enrolment.application.LoginCommand;
import org.ebank.account.enrolment.application.LoginOutcome;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.ebank.account.enrolment.domain.PasswordPolicy;
import org.ebank.account.token.TokenIssuer.AccessToken;
import org.ebank.account.web.AccountProblems;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Enrolling in e-banking, and signing in. Both are open to anyone; the gateway slows down whoever hammers them. */
@RestController
class EnrolmentController {

    private final Enrol enrol;
    private final LogIn logIn;

    EnrolmentController(Enrol enrol, LogIn logIn) {
        this.enrol = enrol;
        this.logIn = logIn;
    }

    @PostMapping("/api/v1/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Map<String, String>> enrol(@Valid @RequestBody EnrolRequest request) {
        request.check();
        return enrol.enrol(new EnrolCommand(request.cardNumber(), request.phone(), request.password(), request.channel(),
                request.deviceId(), request.referrerCode())).map(outcome -> enrolled(outcome, request.channel()));
    }

    @PostMapping("/api/v1/auth/login")
    Mono<AccessToken> login(@Valid @RequestBody LoginRequest request) {
        if (request.channel() == EbankChannel.MOBILE && request.deviceId() == null) {
            throw deviceRequired();
        }
        return logIn.logIn(new LoginCommand(request.phone(), request.password(), request.channel(), request.deviceId()))
                .map(EnrolmentController::loggedIn);
    }

    private static Map<String, String> enrolled(EnrolmentOutcome outcome, EbankChannel channel) {
        if (outcome instanceof EnrolmentOutcome.Enrolled enrolled) {
            return Map.of("customerId", enrolled.customerId(), "channel", channel.name());
        }
        if (outcome instanceof EnrolmentOutcome.AlreadyEnrolled) {
            throw new ApiException(AccountProblems.ALREADY_ENROLLED,
                    new Text("您已开通该电子银行服务", "You are enrolled in this service already"));
        }
        if (outcome instanceof EnrolmentOutcome.PhoneTaken) {
            throw new ApiException(AccountProblems.ENROLMENT_MISMATCH,
                    new Text("该手机号已被其他客户用于登录，请到柜面办理", "This phone number signs in another customer: please visit a branch"));
        }
        throw new ApiException(AccountProblems.ENROLMENT_MISMATCH, new Text(
                "卡号、手机号或登录密码不匹配", "The card number, phone number or password do not match our records"));
    }

    private static AccessToken loggedIn(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return in.token();
        }
        if (outcome instanceof LoginOutcome.Locked locked) {
            throw new ApiException(AccountProblems.LOGIN_LOCKED, new Text("密码错误次数过多，登录已锁定，请稍后再试",
                    "Too many wrong passwords: the login is locked for a while"), Map.of("lockedUntil", locked.until().toString()));
        }
        if (outcome instanceof LoginOutcome.NotEnrolled) {
            throw new ApiException(AccountProblems.NOT_ENROLLED,
                    new Text("您尚未开通该渠道的电子银行服务", "You are not enrolled in this channel"));
        }
        int remaining = ((LoginOutcome.WrongCredentials) outcome).remainingAttempts();
        throw new ApiException(AccountProblems.LOGIN_FAILED, new Text("手机号或密码错误，还可尝试 " + remaining + " 次",
                "Wrong phone number or password; " + remaining + " attempts left"), Map.of("remainingAttempts", remaining));
    }

    private static ApiException deviceRequired() {
        return new ApiException(AccountProblems.INVALID_FIELD, new Text("手机银行需要设备标识", "Mobile banking needs a deviceId"),
                Map.of("errors", java.util.List.of(Map.of("field", "deviceId", "message", "required for MOBILE"))));
    }

    record EnrolRequest(
            @NotBlank @Pattern(regexp = "\\d{19}") String cardNumber,
            @NotBlank @Pattern(regexp = "1[3-9]\\d{9}") String phone,
            @NotBlank @Size(max = 64) String password,
            @NotNull EbankChannel channel,
            @Size(min = 1, max = 64) String deviceId,
            @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]*") String referrerCode) {

        void check() {
            if (!PasswordPolicy.accepts(password)) {
                throw new ApiException(AccountProblems.INVALID_FIELD, new Text(
                        "登录密码须为 8 到 32 位，且同时包含字母和数字", "The password has 8 to 32 characters with letters and digits"),
                        Map.of("errors", java.util.List.of(Map.of("field", "password", "message", "too weak"))));
            }
            if (channel == EbankChannel.MOBILE && deviceId == null) {
                throw deviceRequired();
            }
        }

        @Override
        public String toString() {
            return "EnrolRequest[channel=" + channel + "]";
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
