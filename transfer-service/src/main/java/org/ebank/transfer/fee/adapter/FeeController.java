package org.ebank.transfer.fee.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.ebank.contracts.value.CardProduct;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.transfer.directory.application.CardDirectory;
import org.ebank.transfer.fee.application.FeeBenefits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A card's fee benefits, as its holder sees them: each waiver rule that applies, with the free uses left. */
@RestController
class FeeController {

    private final CardDirectory cards;
    private final FeeBenefits benefits;

    FeeController(CardDirectory cards, FeeBenefits benefits) {
        this.cards = cards;
        this.benefits = benefits;
    }

    @Operation(operationId = "getFeeBenefits", summary = "The card's fee waivers and free uses left this period")
    @GetMapping("/api/v1/accounts/{accountId}/fee-benefits")
    Mono<FeeBenefitsView> feeBenefits(@PathVariable String accountId) {
        return Caller.current().flatMap(caller -> cards.byAccountId(accountId).filter(card -> card.customerId().equals(caller.subject())))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND, new Text("账户不存在", "No such account"))))
                .flatMap(card -> benefits.of(card).collectList().map(items -> new FeeBenefitsView(card.accountId(), card.product(), items)));
    }

    /** The card's product and each waiver rule that applies to it, with its free uses left this period. */
    record FeeBenefitsView(String accountId, CardProduct product, List<FeeBenefits.Benefit> items) {
    }
}
