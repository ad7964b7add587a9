package com.lotus.mall.gateway.authorization;

import cn.hutool.core.convert.Convert;
import com.lotus.mall.common.constant.AuthConstant;
import com.lotus.mall.gateway.config.IgnoreUrlsConfig;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.PathMatcher;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides whether the caller's roles allow the requested path. Admin paths are checked against the
 * resource -> roles map that mall-admin publishes to Redis; portal tokens may never call admin paths.
 */
@Component
public class AuthorizationManager implements ReactiveAuthorizationManager<AuthorizationContext> {
    private final ReactiveRedisTemplate<String, Object> redisTemplate;
    private final IgnoreUrlsConfig ignoreUrlsConfig;
    private final PathMatcher pathMatcher = new AntPathMatcher();

    public AuthorizationManager(ReactiveRedisTemplate<String, Object> redisTemplate, IgnoreUrlsConfig ignoreUrlsConfig) {
        this.redisTemplate = redisTemplate;
        this.ignoreUrlsConfig = ignoreUrlsConfig;
    }

    @Override
    public Mono<AuthorizationDecision> check(Mono<Authentication> mono, AuthorizationContext context) {
        ServerHttpRequest request = context.getExchange().getRequest();
        URI uri = request.getURI();
        for (String ignoreUrl : ignoreUrlsConfig.getUrls()) {
            if (pathMatcher.match(ignoreUrl, uri.getPath())) {
                return Mono.just(new AuthorizationDecision(true));
            }
        }
        if (request.getMethod() == HttpMethod.OPTIONS) {
            return Mono.just(new AuthorizationDecision(true));
        }
        boolean adminPath = pathMatcher.match(AuthConstant.ADMIN_URL_PATTERN, uri.getPath());
        if (!adminPath) {
            // storefront paths only need a valid token
            return mono.map(Authentication::isAuthenticated)
                    .map(AuthorizationDecision::new)
                    .defaultIfEmpty(new AuthorizationDecision(false));
        }
        return redisTemplate.opsForHash().entries(AuthConstant.RESOURCE_ROLES_MAP_KEY)
                .collectMap(e -> (String) e.getKey(), Map.Entry::getValue)
                .flatMap(resourceRolesMap -> {
                    List<String> authorities = new ArrayList<>();
                    for (Map.Entry<String, Object> entry : resourceRolesMap.entrySet()) {
                        if (pathMatcher.match(entry.getKey(), uri.getPath())) {
                            authorities.addAll(Convert.toList(String.class, entry.getValue()));
                        }
                    }
                    List<String> prefixed = authorities.stream().map(i -> AuthConstant.AUTHORITY_PREFIX + i).toList();
                    return mono.filter(Authentication::isAuthenticated)
                            .flatMapIterable(Authentication::getAuthorities)
                            .map(GrantedAuthority::getAuthority)
                            .any(prefixed::contains)
                            .map(AuthorizationDecision::new)
                            .defaultIfEmpty(new AuthorizationDecision(false));
                });
    }
}
