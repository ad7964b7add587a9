package org.tailwag.clinic.vets.system;

import org.springframework.boot.autoconfigure.cache.JCacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.TouchedExpiryPolicy;
import java.util.concurrent.TimeUnit;

/**
 * In-process JCache (Caffeine) cache for the vet list; vets change rarely.
 */
@Configuration
@EnableCaching
@Profile("!test")
class CacheConfig {

    @Bean
    public JCacheManagerCustomizer tailwagCacheConfigurationCustomizer(VetsProperties properties) {
        return cm -> cm.createCache("vets", cacheConfiguration(properties));
    }

    private static javax.cache.configuration.Configuration<Object, Object> cacheConfiguration(VetsProperties properties) {
        return new MutableConfiguration<>()
            .setExpiryPolicyFactory(TouchedExpiryPolicy.factoryOf(
                new Duration(TimeUnit.SECONDS, properties.cache().ttl())))
            .setStatisticsEnabled(true);
    }
}
