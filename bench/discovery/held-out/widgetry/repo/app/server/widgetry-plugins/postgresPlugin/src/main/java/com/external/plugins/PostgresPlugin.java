package com.external.plugins;

import com.widgetry.external.models.ActionConfiguration;
import com.widgetry.external.models.ActionExecutionResult;
import com.widgetry.external.models.DatasourceConfiguration;
import com.widgetry.external.plugins.PluginExecutor;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import lombok.extern.slf4j.Slf4j;
import org.pf4j.Extension;
import org.pf4j.Plugin;
import org.pf4j.PluginWrapper;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class PostgresPlugin extends Plugin {

    public PostgresPlugin(PluginWrapper wrapper) {
        super(wrapper);
    }

    @Slf4j
    @Extension
    public static class PostgresPluginExecutor implements PluginExecutor<HikariDataSource> {

        private static final String JDBC_DRIVER = "org.postgresql.Driver";

        @Override
        public Mono<HikariDataSource> datasourceCreate(DatasourceConfiguration dsConfig) {
            return Mono.fromCallable(() -> {
                        DatasourceConfiguration.Endpoint endpoint = dsConfig.getEndpoints().get(0);
                        DatasourceConfiguration.Authentication auth = dsConfig.getAuthentication();
                        HikariConfig config = new HikariConfig();
                        config.setDriverClassName(JDBC_DRIVER);
                        // Host, port and database are whatever the user typed into the datasource form.
                        config.setJdbcUrl("jdbc:postgresql://" + endpoint.getHost() + ":"
                                + (endpoint.getPort() == null ? 5432L : endpoint.getPort()) + "/"
                                + auth.getDatabaseName());
                        config.setUsername(auth.getUsername());
                        config.setPassword(auth.getPassword());
                        config.setMaximumPoolSize(5);
                        config.setReadOnly(false);
                        return new HikariDataSource(config);
                    })
                    .subscribeOn(Schedulers.boundedElastic());
        }

        @Override
        public void datasourceDestroy(HikariDataSource connection) {
            if (connection != null) {
                connection.close();
            }
        }

        @Override
        public Set<String> validateDatasource(DatasourceConfiguration dsConfig) {
            Set<String> invalids = new HashSet<>();
            if (dsConfig.getEndpoints() == null || dsConfig.getEndpoints().isEmpty()) {
                invalids.add("Missing endpoint.");
            }
            if (dsConfig.getAuthentication() == null) {
                invalids.add("Missing authentication details.");
            }
            return invalids;
        }

        @Override
        public Mono<ActionExecutionResult> execute(
                HikariDataSource pool, DatasourceConfiguration dsConfig, ActionConfiguration actionConfig) {
            return Mono.fromCallable(() -> {
                        ActionExecutionResult result = new ActionExecutionResult();
                        try (Connection conn = pool.getConnection();
                                Statement statement = conn.createStatement()) {
                            boolean isResultSet = statement.execute(actionConfig.getBody());
                            List<Map<String, Object>> rows = new ArrayList<>();
                            if (isResultSet) {
                                ResultSet rs = statement.getResultSet();
                                ResultSetMetaData meta = rs.getMetaData();
                                while (rs.next()) {
                                    Map<String, Object> row = new LinkedHashMap<>();
                                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                                        row.put(meta.getColumnName(i), rs.getObject(i));
                                    }
                                    rows.add(row);
                                }
                            } else {
                                rows.add(Map.of("affectedRows", statement.getUpdateCount()));
                            }
                            result.setBody(rows);
                            result.setIsExecutionSuccess(true);
                        }
                        return result;
                    })
                    .subscribeOn(Schedulers.boundedElastic());
        }
    }
}
