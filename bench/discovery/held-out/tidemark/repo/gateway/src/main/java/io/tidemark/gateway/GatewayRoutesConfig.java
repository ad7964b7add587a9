package io.tidemark.gateway;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds one route per configured upstream: /api/{name}/** -> {uri}{rewriteTo}/**.
 */
@Configuration
public class GatewayRoutesConfig {

    @Bean
    public RouteLocator tidemarkRoutes(RouteLocatorBuilder builder, UpstreamProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.getUpstreams().forEach((name, upstream) ->
                routes.route(name, r -> r.path(upstream.getPrefix(), upstream.getPrefix() + "/**")
                        .filters(f -> f
                                .rewritePath(upstream.getPrefix() + "(?<rest>.*)", upstream.getRewriteTo() + "${rest}")
                                .circuitBreaker(cb -> cb.setName(name).setFallbackUri("forward:/fallback/" + name))
                                .addRequestHeader("X-Tidemark-Gateway", "1"))
                        .uri(upstream.getUri())));
        return routes.build();
    }
}
