package io.gatewise.gateway.policy;

import io.vertx.core.http.HttpServerRequest;

public class ApiKeyPolicy {

    public static final String HEADER = "X-Gatewise-Api-Key";
    public static final String QUERY_PARAM = "api-key";

    public boolean accept(HttpServerRequest request) {
        String key = request.getHeader(HEADER);
        if (key == null) {
            key = request.getParam(QUERY_PARAM);
        }
        return key != null && !key.isBlank();
    }
}
