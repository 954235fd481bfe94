package org.ebank.gateway.docs;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The merged OpenAPI 3.1 document of the public API; Swagger UI on the gateway reads it. */
@RestController
class ApiDocsController {

    private final ApiDocuments documents;

    ApiDocsController(ApiDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> document() {
        return documents.document();
    }
}
