package org.ebank.corporate.operator.adapter;

import java.time.Instant;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.operator.domain.OperatorRole;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.platform.problem.Text;

/** The fields operator requests carry, checked before anything is looked up: a bad one is a 400 naming it. */
final class OperatorRequests {

    private OperatorRequests() {
    }

    static void check(String loginName, String name) {
        CorporateProblems.field("loginName", () -> new Operator("check", "check", loginName, "x", OperatorRole.MAKER,
                        Operator.Status.ENROLLED, null, null, null, null, -1, 0, null, Instant.EPOCH),
                new Text("登录名为3到20位小写字母、数字或下划线，以字母开头", "A login name has 3 to 20 lower-case letters, digits or '_', starting with a letter"));
        CorporateProblems.field("name", () -> new Operator("check", "check", "check", name, OperatorRole.MAKER,
                        Operator.Status.ENROLLED, null, null, null, null, -1, 0, null, Instant.EPOCH),
                new Text("姓名为1到50个字", "A name has 1 to 50 characters"));
    }

    static CreditCode creditCode(String code) {
        return CorporateProblems.field("creditCode", () -> new CreditCode(code),
                new Text("统一社会信用代码应为18位且校验位正确", "A unified social credit code has 18 characters and a matching check character"));
    }

    static String loginName(String loginName) {
        check(loginName, "x");
        return loginName;
    }

    static void password(String password) {
        CorporateProblems.field("password", () -> {
            if (!Operator.acceptsPassword(password)) {
                throw new IllegalArgumentException("weak");
            }
            return password;
        }, new Text("密码为8到32位，至少包含一个字母和一个数字", "A password has 8 to 32 characters with at least one letter and one digit"));
    }
}
