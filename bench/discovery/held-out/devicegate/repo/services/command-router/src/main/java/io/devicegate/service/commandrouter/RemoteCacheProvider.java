package io.devicegate.service.commandrouter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.client.hotrod.RemoteCache;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.client.hotrod.configuration.ConfigurationBuilder;

/** Connects to the Infinispan data grid that holds adapter instance / command consumer mappings. */
@ApplicationScoped
public class RemoteCacheProvider {

    public static final String CACHE_NAME = "command-router";

    @ConfigProperty(name = "devicegate.commandRouter.cache.remote.serverList")
    String serverList;

    @ConfigProperty(name = "devicegate.commandRouter.cache.remote.authUsername")
    String username;

    @ConfigProperty(name = "devicegate.commandRouter.cache.remote.authPassword")
    String password;

    @Produces
    RemoteCache<String, String> commandRouterCache() {
        final ConfigurationBuilder builder = new ConfigurationBuilder();
        builder.addServers(serverList)
            .security().authentication().username(username).password(password)
            .realm("ApplicationRealm").saslMechanism("SCRAM-SHA-512").serverName("devicegate-data-grid");
        final RemoteCacheManager manager = new RemoteCacheManager(builder.build());
        return manager.getCache(CACHE_NAME);
    }
}
