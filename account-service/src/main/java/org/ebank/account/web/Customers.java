package org.ebank.account.web;

import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import reactor.core.publisher.Mono;

/**
 * A person's own views (their cards, their history, their profile) serve a person's token alone: staff, channel systems
 * and corporate operators hold tokens too, and none of them is anyone's customer id.
 */
public final class Customers {

    private Customers() {
    }

    public static Mono<Caller> current() {
        return Caller.current().filter(caller -> caller.has(Caller.CUSTOMER))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("请以个人客户身份登录", "Sign in as a personal customer"))));
    }
}
