package org.ebank.platform.problem;

/** Problems every service can report, independent of any business rule. */
public final class CommonProblems {

    public static final ProblemType MALFORMED_REQUEST = ProblemType.of("malformed-request", 400,
            "请求格式有误", "Malformed request");
    public static final ProblemType INVALID_REQUEST = ProblemType.of("invalid-request", 400,
            "请求参数不正确", "Invalid request");
    public static final ProblemType UNAUTHENTICATED = ProblemType.of("unauthenticated", 401,
            "请先登录", "Authentication required");
    public static final ProblemType FORBIDDEN = ProblemType.of("forbidden", 403,
            "无权执行此操作", "Not allowed");
    public static final ProblemType NOT_FOUND = ProblemType.of("not-found", 404,
            "未找到", "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = ProblemType.of("method-not-allowed", 405,
            "不支持该请求方法", "Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE = ProblemType.of("not-acceptable", 406,
            "不支持所请求的响应格式", "Not acceptable");
    public static final ProblemType PAYLOAD_TOO_LARGE = ProblemType.of("payload-too-large", 413,
            "请求内容过大", "Request body too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = ProblemType.of("unsupported-media-type", 415,
            "请求内容类型不受支持，请使用 application/json", "Unsupported content type: use application/json");
    public static final ProblemType SERVICE_UNAVAILABLE = ProblemType.of("service-unavailable", 503,
            "服务暂时不可用，请稍后再试", "Service temporarily unavailable, please try again later");
    public static final ProblemType INTERNAL_ERROR = ProblemType.of("internal-error", 500,
            "系统繁忙，请稍后再试", "Something went wrong on our side, please try again later");

    private CommonProblems() {
    }
}
