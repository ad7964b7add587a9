package io.taskloom.core.contexts;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.naming.conventions.StringConvention;
import io.taskloom.core.plugins.Plugin;
import io.taskloom.core.storages.StorageInterface;
import io.taskloom.core.utils.JacksonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.ServiceLoader;

@Factory
public class TaskloomBeansFactory {
    @Inject
    Environment environment;

    @Value("${taskloom.storage.type}")
    protected String storageType;

    /**
     * Instantiate the internal storage plugin whose {@link Plugin.Id} matches {@code taskloom.storage.type}
     * and configure it with the {@code taskloom.storage.<type>} properties.
     */
    @Singleton
    @Bean(preDestroy = "close")
    public StorageInterface storageInterface() {
        Class<? extends Plugin> cls = ServiceLoader.load(Plugin.class).stream()
            .map(ServiceLoader.Provider::type)
            .filter(type -> StorageInterface.class.isAssignableFrom(type))
            .filter(type -> type.getAnnotation(Plugin.Id.class) != null && type.getAnnotation(Plugin.Id.class).value().equals(storageType))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(
                "No storage interface can be found for 'taskloom.storage.type=" + storageType + "'."
            ));

        Map<String, Object> configuration = environment
            .getProperties("taskloom.storage." + storageType, StringConvention.CAMEL_CASE);

        StorageInterface storage = (StorageInterface) JacksonMapper.ofJson().convertValue(configuration, cls);
        try {
            storage.init();
        } catch (Exception e) {
            throw new RuntimeException("Failed to initialize storage '" + storageType + "'", e);
        }
        return storage;
    }
}
