package com.external.plugins;

import com.widgetry.external.models.ActionConfiguration;
import com.widgetry.external.models.ActionExecutionResult;
import com.widgetry.external.models.DatasourceConfiguration;
import com.widgetry.external.plugins.PluginExecutor;
import io.asyncer.r2dbc.mysql.MySqlConnectionConfiguration;
import io.asyncer.r2dbc.mysql.MySqlConnectionFactory;
import io.r2dbc.spi.Connection;
import org.pf4j.Extension;
import org.pf4j.Plugin;
import org.pf4j.PluginWrapper;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

public class MySqlPlugin extends Plugin {

    public MySqlPlugin(PluginWrapper wrapper) {
        super(wrapper);
    }

    @Extension
    public static class MySqlPluginExecutor implements PluginExecutor<Connection> {

        @Override
        public Mono<Connection> datasourceCreate(DatasourceConfiguration dsConfig) {
            DatasourceConfiguration.Endpoint endpoint = dsConfig.getEndpoints().get(0);
            DatasourceConfiguration.Authentication auth = dsConfig.getAuthentication();
            MySqlConnectionConfiguration configuration = MySqlConnectionConfiguration.builder()
                    .host(endpoint.getHost())
                    .port(endpoint.getPort() == null ? 3306 : endpoint.getPort().intValue())
                    .user(auth.getUsername())
                    .password(auth.getPassword())
                    .database(auth.getDatabaseName())
                    .build();
            return Mono.from(MySqlConnectionFactory.from(configuration).create());
        }

        @Override
        public void datasourceDestroy(Connection connection) {
            if (connection != null) {
                Mono.from(connection.close()).subscribe();
            }
        }

        @Override
        public Set<String> validateDatasource(DatasourceConfiguration dsConfig) {
            Set<String> invalids = new HashSet<>();
            if (dsConfig.getEndpoints() == null || dsConfig.getEndpoints().isEmpty()) {
                invalids.add("Missing endpoint(s).");
            }
            return invalids;
        }

        @Override
        public Mono<ActionExecutionResult> execute(
                Connection connection, DatasourceConfiguration dsConfig, ActionConfiguration actionConfig) {
            return Flux.from(connection.createStatement(actionConfig.getBody()).execute())
                    .flatMap(result -> result.map((row, meta) -> {
                        Map<String, Object> out = new LinkedHashMap<>();
                        meta.getColumnMetadatas().forEach(col -> out.put(col.getName(), row.get(col.getName())));
                        return out;
                    }))
                    .collectList()
                    .map(rows -> {
                        ActionExecutionResult r = new ActionExecutionResult();
                        r.setBody(rows);
                        r.setIsExecutionSuccess(true);
                        return r;
                    });
        }
    }
}
