package com.gatestore.gateway.web.rest;

import com.gatestore.gateway.security.AuthoritiesConstants;
import com.gatestore.gateway.web.rest.vm.RouteVM;
import java.util.List;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * REST controller for the admin "Gateway" screen: lists the routes the discovery locator
 * built from the services registered in Consul, with their live instances.
 */
@RestController
@RequestMapping("/api/gateway")
public class GatewayResource {

    private final RouteLocator routeLocator;
    private final DiscoveryClient discoveryClient;

    public GatewayResource(RouteLocator routeLocator, DiscoveryClient discoveryClient) {
        this.routeLocator = routeLocator;
        this.discoveryClient = discoveryClient;
    }

    @GetMapping("/routes")
    @PreAuthorize("hasAuthority(\"" + AuthoritiesConstants.ADMIN + "\")")
    public Mono<List<RouteVM>> activeRoutes() {
        return routeLocator
            .getRoutes()
            .map(route -> {
                String serviceId = route.getUri().getHost();
                List<ServiceInstance> instances = discoveryClient.getInstances(serviceId);
                return new RouteVM(route.getId(), route.getPredicate().toString(), serviceId, instances);
            })
            .collectList();
    }
}
