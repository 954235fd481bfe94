package org.ebank.platform.docs;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;

/**
 * The problem types a service answers, each with the detail a client would read: what the API documents show as the
 * examples of an operation's {@link Refusals}. Each service declares one as a bean; platform's common ones are always in.
 */
public record ProblemCatalog(List<Entry> entries) {

    public static final ProblemCatalog COMMON = new ProblemCatalog(Stream.of(
            entry(CommonProblems.MALFORMED_REQUEST, "请求体不是有效的 JSON", "The request body is not valid JSON"),
            entry(CommonProblems.INVALID_REQUEST, "请求参数不正确，见 errors 中列出的字段", "Some fields are not valid: see errors"),
            entry(CommonProblems.UNAUTHENTICATED, "请先登录", "Sign in first"),
            entry(CommonProblems.FORBIDDEN, "您无权进行此操作", "You may not do this"),
            entry(CommonProblems.NOT_FOUND, "未找到", "Not found"),
            entry(CommonProblems.PAYLOAD_TOO_LARGE, "请求体过大", "The request body is too large"),
            entry(CommonProblems.UNSUPPORTED_MEDIA_TYPE, "请求内容类型不受支持，请使用 application/json",
                    "The request's content type is not supported: send application/json"),
            entry(CommonProblems.SERVICE_UNAVAILABLE, "服务暂不可用，请稍后再试", "The service is unavailable: try again shortly"),
            entry(IdempotentRequests.KEY_REQUIRED, "请在请求头 Idempotency-Key 中提供唯一的请求编号（最长100字符）",
                    "Send a unique request id (at most 100 characters) in the Idempotency-Key header"),
            entry(IdempotentRequests.KEY_REUSED, "该请求编号已用于另一个请求", "This Idempotency-Key was used for a different request"),
            entry(IdempotentRequests.IN_FLIGHT, "相同的请求正在处理中，请稍后查询结果",
                    "The same request is being processed: look for its result shortly"))
            .toList());

    public static ProblemCatalog of(Collection<Entry> entries) {
        return new ProblemCatalog(List.copyOf(entries));
    }

    public static Entry entry(ProblemType type, String zh, String en) {
        return new Entry(type, new Text(zh, en));
    }

    /** A problem type and a detail it is answered with. */
    public record Entry(ProblemType type, Text detail) {
    }
}
