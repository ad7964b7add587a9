package io.taskloom.jdbc;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import lombok.Getter;

import java.util.List;

@Singleton
@Getter
public class JdbcTableConfigs {
    private final List<JdbcTableConfig> tableConfigs;

    @Inject
    public JdbcTableConfigs(List<JdbcTableConfig> tableConfigs) {
        this.tableConfigs = tableConfigs;
    }

    public JdbcTableConfig tableConfig(String name) {
        return tableConfigs.stream()
            .filter(c -> c.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("Unable to find table config for name '" + name + "'"));
    }

    public JdbcTableConfig tableConfig(Class<?> cls) {
        return tableConfigs.stream()
            .filter(c -> c.cls() == cls)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("Unable to find table config for class '" + cls.getName() + "'"));
    }

    @EachProperty("taskloom.jdbc.tables")
    public record JdbcTableConfig(@Parameter String name, Class<?> cls, String table) {}
}
