package org.ebank.account.star.adapter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ebank.account.star.application.StarLevels;
import org.ebank.account.star.application.StarLevels.StarAccount;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff rate a 易汇通卡 by hand (a null level gives it back to the rating); every change is audited. */
@RestController
class StarLevelOpsController {

    private final StarLevels starLevels;

    StarLevelOpsController(StarLevels starLevels) {
        this.starLevels = starLevels;
    }

    @Operation(operationId = "setStarLevel", summary = "Rate a 易汇通卡 by hand, or give it back to the rating")
    @PutMapping("/api/v1/ops/accounts/{accountId}/star-level")
    Mono<StarView> set(@PathVariable String accountId, @Valid @RequestBody StarRequest request) {
        return Caller.current()
                .flatMap(staff -> starLevels.override(accountId, request.starLevel(), staff.subject(), request.reason()))
                .map(StarView::of)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND,
                        new Text("没有这张易汇通卡", "No 易汇通卡 (YIHUITONG) account with this id"))));
    }

    record StarRequest(@Min(0) @Max(3) Integer starLevel, @NotBlank @Size(min = 2, max = 200) String reason) {
    }

    record StarView(String accountId, Integer starLevel, Integer computedLevel, Integer staffLevel, String liquidAssets) {

        static StarView of(StarAccount account) {
            return new StarView(account.accountId(), account.effectiveLevel(), account.computedLevel(), account.override(),
                    account.liquidAssets().toString());
        }
    }
}
