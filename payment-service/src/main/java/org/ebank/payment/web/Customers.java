package org.ebank.payment.web;

import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import reactor.core.publisher.Mono;

/** Bills are paid by customers themselves, signed in through the mobile bank or netbank. */
public final class Customers {

    private Customers() {
    }

    public static Mono<Caller> current() {
        return Caller.current().filter(c -> c.has(Caller.CUSTOMER) && ("MOBILE".equals(c.channel()) || "NETBANK".equals(c.channel())))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("请通过手机银行或网上银行办理", "Please use mobile banking or netbank"))));
    }
}
