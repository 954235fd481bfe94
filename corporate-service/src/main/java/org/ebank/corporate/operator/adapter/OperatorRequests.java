package org.ebank.corporate.operator.adapter;

import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.platform.problem.Text;

/** The fields operator requests carry, checked before anything is looked up: a bad one is a 400 naming it. */
final class OperatorRequests {

    private OperatorRequests() {
    }

    static void check(String loginName, String name, String phone) {
        loginName(loginName);
        CorporateProblems.field("name", () -> accepted(Operator.acceptsName(name), name), new Text("姓名为1到50个字", "A name has 1 to 50 characters"));
        CorporateProblems.field("phone", () -> accepted(Operator.acceptsPhone(phone), phone),
                new Text("手机号为11位大陆手机号码，用于接收待复核提醒与付款结果", "The phone is an 11-digit mainland mobile number, for approval requests and results"));
    }

    static CreditCode creditCode(String code) {
        return CorporateProblems.field("creditCode", () -> new CreditCode(code),
                new Text("统一社会信用代码应为18位且校验位正确", "A unified social credit code has 18 characters and a matching check character"));
    }

    static String loginName(String loginName) {
        return CorporateProblems.field("loginName", () -> accepted(Operator.acceptsLoginName(loginName), loginName),
                new Text("登录名为3到20位小写字母、数字或下划线，以字母开头", "A login name has 3 to 20 lower-case letters, digits or '_', starting with a letter"));
    }

    static void password(String password) {
        CorporateProblems.field("password", () -> accepted(Operator.acceptsPassword(password), password),
                new Text("密码为8到32位，至少包含一个字母和一个数字", "A password has 8 to 32 characters with at least one letter and one digit"));
    }

    private static String accepted(boolean accepted, String value) {
        if (!accepted) {
            throw new IllegalArgumentException("refused");
        }
        return value;
    }
}
