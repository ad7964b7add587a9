package org.tailwag.clinic.vets.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Typesafe view of the "vets" block in config-repo/vets-service.yml.
 */
@ConfigurationProperties(prefix = "vets")
public record VetsProperties(Cache cache) {

    public record Cache(int ttl, int heapSize) {
    }
}
