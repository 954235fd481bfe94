package org.ebank.wealth.web;

import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import reactor.core.publisher.Mono;

/** Purchases, assessments and redemptions are a customer's own, signed in through the mobile bank or netbank. */
public final class Customers {

    private Customers() {
    }

    public static Mono<Caller> current() {
        return Caller.current().filter(c -> c.has(Caller.CUSTOMER) && c.channel() != null)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("请通过手机银行或网上银行办理", "Please use mobile banking or netbank"))));
    }
}
