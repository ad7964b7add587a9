package io.keelwise.gateway.clients;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

import java.util.List;
import java.util.Map;

/**
 * policy-search-service is scaled independently behind its own load balancer, so the gateway
 * uses a fixed base URL (keelwise.policy-search.url) instead of a Consul lookup.
 */
@Client("${keelwise.policy-search.url}/policies")
public interface PolicySearchClient {

    @Get("{?q}")
    List<Map<String, Object>> search(@QueryValue String q);
}
