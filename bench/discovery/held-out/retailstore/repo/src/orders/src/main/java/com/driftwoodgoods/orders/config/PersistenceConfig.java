package com.driftwoodgoods.orders.config;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PersistenceConfig {

    /** PostgreSQL, e.g. RETAIL_ORDERS_PERSISTENCE_ENDPOINT=orders-db:5432 → jdbc:postgresql://orders-db:5432/orders */
    @Bean
    @ConditionalOnProperty(prefix = "retail.orders.persistence", name = "provider", havingValue = "postgres")
    public DataSource postgresDataSource(OrdersProperties props) {
        var p = props.persistence();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://" + p.endpoint() + "/" + p.name());
        config.setUsername(p.username());
        config.setPassword(p.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("orders-postgres");
        return new HikariDataSource(config);
    }

    @Bean
    @ConditionalOnProperty(prefix = "retail.orders.persistence", name = "provider", havingValue = "in-memory", matchIfMissing = true)
    public DataSource inMemoryDataSource() {
        return DataSourceBuilder.create()
            .url("jdbc:h2:mem:orders;MODE=PostgreSQL;DB_CLOSE_DELAY=-1")
            .username("sa")
            .build();
    }
}
