package io.maestroflow.postgres.config;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.maestroflow.postgres.dao.PostgresExecutionDAO;
import io.maestroflow.postgres.dao.PostgresQueueDAO;

/** Enabled with maestroflow.db.type=postgres; uses spring.datasource.* for the connection. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "maestroflow.db.type", havingValue = "postgres")
public class PostgresConfiguration {

    @Bean(initMethod = "migrate")
    public Flyway flywayForPrimaryDb(DataSource dataSource) {
        return Flyway.configure()
                .locations("classpath:db/migration_postgres")
                .schemas("public")
                .dataSource(dataSource)
                .load();
    }

    @Bean
    @DependsOn("flywayForPrimaryDb")
    public PostgresExecutionDAO postgresExecutionDAO(DataSource dataSource, ObjectMapper objectMapper) {
        return new PostgresExecutionDAO(dataSource, objectMapper);
    }

    @Bean
    @DependsOn("flywayForPrimaryDb")
    @ConditionalOnProperty(name = "maestroflow.queue.type", havingValue = "postgres")
    public PostgresQueueDAO postgresQueueDAO(DataSource dataSource) {
        return new PostgresQueueDAO(dataSource);
    }
}
