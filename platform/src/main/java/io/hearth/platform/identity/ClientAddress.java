package io.hearth.platform.identity;

import io.vertx.core.http.HttpServerRequest;

/** The caller's IP for rate limits; behind the ingress Quarkus' proxy-address forwarding supplies it. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
