package com.lotus.mall.gateway.filter;

import com.lotus.mall.gateway.config.IgnoreUrlsConfig;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Drops the Authorization header on white-listed paths so an expired token does not block them. */
@Component
public class IgnoreUrlsRemoveJwtFilter implements WebFilter {
    private final IgnoreUrlsConfig ignoreUrlsConfig;
    private final AntPathMatcher matcher = new AntPathMatcher();

    public IgnoreUrlsRemoveJwtFilter(IgnoreUrlsConfig ignoreUrlsConfig) {
        this.ignoreUrlsConfig = ignoreUrlsConfig;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getURI().getPath();
        for (String ignoreUrl : ignoreUrlsConfig.getUrls()) {
            if (matcher.match(ignoreUrl, path)) {
                request = request.mutate().headers(h -> h.remove("Authorization")).build();
                return chain.filter(exchange.mutate().request(request).build());
            }
        }
        return chain.filter(exchange);
    }
}
