package org.ebank.account.enrolment.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.ebank.account.customer.application.CustomerRepository;
import org.ebank.account.customer.domain.CustomerId;
import org.ebank.account.enrolment.application.EnrolmentRepository;
import org.ebank.account.web.Customers;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The signed-in customer's profile and e-banking services. */
@RestController
class MeController {

    private final CustomerRepository customers;
    private final EnrolmentRepository enrolments;

    MeController(CustomerRepository customers, EnrolmentRepository enrolments) {
        this.customers = customers;
        this.enrolments = enrolments;
    }

    @Operation(operationId = "getMyProfile", summary = "The signed-in customer's profile and e-banking services")
    @GetMapping("/api/v1/me")
    Mono<Profile> me() {
        return Customers.current()
                .flatMap(caller -> customers.findById(new CustomerId(caller.subject()))
                        .zipWith(enrolments.enrolments(caller.subject())
                                .map(e -> new EnrolmentView(e.channel().name(), e.enrolledAt())).collectList())
                        .map(pair -> new Profile(pair.getT1().id().value(), pair.getT1().name(),
                                pair.getT1().phone().masked(), caller.channel(), pair.getT2())))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND,
                        new Text("未找到客户信息", "No customer profile for this sign-in"))));
    }

    record Profile(String customerId, String name, String phone, String channel, List<EnrolmentView> enrolments) {
    }

    record EnrolmentView(String channel, Instant enrolledAt) {
    }
}
