package org.ebank.platform.web;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

/**
 * The few bodies read past the 64 KB every JSON body may be (a payroll file, a month's toll statement): whole, up to
 * their own limit; a larger one fails with {@code DataBufferLimitException}, which answers 413.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The body's bytes, at most {@code maxBytes}; none for an empty body. */
    public static Mono<byte[]> bytes(ServerHttpRequest request, int maxBytes) {
        return DataBufferUtils.join(request.getBody(), maxBytes).map(buffer -> {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            DataBufferUtils.release(buffer);
            return bytes;
        }).defaultIfEmpty(new byte[0]);
    }
}
