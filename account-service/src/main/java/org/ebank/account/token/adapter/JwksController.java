package org.ebank.account.token.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public keys that verify account-service's tokens, for the gateway and the other services. */
@RestController
class JwksController {

    private final TokenKeys keys;

    JwksController(TokenKeys keys) {
        this.keys = keys;
    }

    @Operation(operationId = "getTokenKeys", summary = "The public keys that verify access tokens (JWKS)")
    @GetMapping("/.well-known/jwks.json")
    Map<String, Object> jwks() {
        return keys.publicJwks().toJSONObject();
    }
}
