package org.ebank.platform.testapp;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Creates a widget over HTTP, so a test can follow a request's trace onto the event it wrote. */
@RestController
public class WidgetsController {

    private final Widgets widgets;

    public WidgetsController(Widgets widgets) {
        this.widgets = widgets;
    }

    @PostMapping("/api/v1/public/widgets/{name}")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Void> create(@PathVariable String name) {
        return widgets.create(name, name);
    }
}
