package org.ebank.corporate.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ebank.platform.docs.ProblemCatalog;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;

/** The refusals corporate-service reports, each with a stable type URI, and the 400 that names a bad field. */
public final class CorporateProblems {

    public static final ProblemType ENTERPRISE_EXISTS = ProblemType.of("enterprise-exists", 409, "企业已登记", "Enterprise already registered");
    public static final ProblemType UNKNOWN_ENTERPRISE = ProblemType.of("unknown-enterprise", 404, "企业不存在", "No such enterprise");

    private CorporateProblems() {
    }

    /** Every refusal as the API documents it. */
    public static ProblemCatalog catalog() {
        return ProblemCatalog.of(List.of(
                ProblemCatalog.entry(ENTERPRISE_EXISTS, "该统一社会信用代码的企业已登记", "An enterprise with this unified social credit code is registered"),
                ProblemCatalog.entry(UNKNOWN_ENTERPRISE, "企业不存在", "No such enterprise")));
    }

    /** A value the domain refuses, as a 400 that names its field in both languages. */
    public static <T> T field(String field, Supplier<T> value, Text whenInvalid) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, whenInvalid,
                    Map.of("errors", List.of(Map.of("field", field, "message", whenInvalid.en()))));
        }
    }

    public static ApiException unknownEnterprise(String enterpriseId) {
        return new ApiException(UNKNOWN_ENTERPRISE, new Text("企业不存在", "No such enterprise"), Map.of("enterpriseId", enterpriseId));
    }
}
