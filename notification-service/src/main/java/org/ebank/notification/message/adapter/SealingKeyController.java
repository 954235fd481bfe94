package org.ebank.notification.message.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.ebank.platform.secrets.SealingKey;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public key other services seal SMS codes with, so that only notification-service can read them on their way. */
@RestController
class SealingKeyController {

    private final SealingKey key;

    SealingKeyController(SealingKey key) {
        this.key = key;
    }

    @Operation(operationId = "getSealingKey", summary = "The public key codes are sealed with for notification-service")
    @GetMapping("/.well-known/sealing-key")
    Map<String, Object> publicKey() {
        return key.publicJwk();
    }
}
