package org.ebank.corporate.operator.adapter;

import org.ebank.corporate.operator.application.OperatorCodes;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;

/**
 * The dynamic token's code that steps taking a second factor ask for (a checker's approval, an administrator's change
 * to who may act or how): its shape, checked before anything is looked up, and its refusals as problems.
 */
public final class TokenCodes {

    private TokenCodes() {
    }

    /** Six digits, or a 400 naming {@code code}. */
    public static String given(String code) {
        return CorporateProblems.field("code", () -> {
            if (code == null || !code.matches("\\d{6}")) {
                throw new IllegalArgumentException("six digits");
            }
            return code;
        }, new Text("动态口令为6位数字", "The token code has 6 digits"));
    }

    public static ApiException refused(OperatorCodes.Check check) {
        return switch (check) {
            case LOCKED -> new ApiException(CorporateProblems.LOGIN_LOCKED, new Text("连续错误次数过多，已锁定30分钟",
                    "Too many failures in a row: locked for 30 minutes"));
            case USED -> new ApiException(CorporateProblems.TOKEN_CODE_USED, new Text("该动态口令已使用，请等待下一个口令",
                    "This token code was used already: wait for the next one"));
            case WRONG, VERIFIED -> new ApiException(CorporateProblems.TOKEN_CODE_WRONG, new Text("动态口令不正确", "Wrong token code"));
        };
    }
}
