package io.sailyard.kork.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shared SQL wiring. Enabled with {@code sql.enabled: true}; the JDBC URL comes from
 * {@code sql.connectionPools.default.jdbcUrl} in the service profile.
 */
@Configuration
@ConditionalOnProperty("sql.enabled")
@EnableConfigurationProperties(SqlConnectionPoolConfiguration.SqlProperties.class)
public class SqlConnectionPoolConfiguration {

  @Bean(destroyMethod = "close")
  public HikariDataSource dataSource(SqlProperties properties) {
    SqlProperties.Pool pool = properties.getConnectionPools().getDefault();
    HikariConfig config = new HikariConfig();
    config.setPoolName("sailyard-default");
    config.setJdbcUrl(pool.getJdbcUrl());
    config.setUsername(pool.getUser());
    config.setPassword(pool.getPassword());
    config.setMaximumPoolSize(pool.getMaxPoolSize());
    config.setConnectionTimeout(pool.getConnectionTimeoutMs());
    return new HikariDataSource(config);
  }

  @Bean
  public DSLContext jooq(DataSource dataSource) {
    return DSL.using(dataSource, SQLDialect.MYSQL);
  }

  @ConfigurationProperties("sql")
  public static class SqlProperties {
    private boolean enabled;
    private Pools connectionPools = new Pools();
    private Pool migration = new Pool();

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Pools getConnectionPools() { return connectionPools; }
    public void setConnectionPools(Pools connectionPools) { this.connectionPools = connectionPools; }
    public Pool getMigration() { return migration; }
    public void setMigration(Pool migration) { this.migration = migration; }

    public static class Pools {
      private Pool defaultPool = new Pool();
      public Pool getDefault() { return defaultPool; }
      public void setDefault(Pool p) { this.defaultPool = p; }
    }

    public static class Pool {
      private String jdbcUrl;
      private String user;
      private String password;
      private int maxPoolSize = 20;
      private long connectionTimeoutMs = 5000;

      public String getJdbcUrl() { return jdbcUrl; }
      public void setJdbcUrl(String jdbcUrl) { this.jdbcUrl = jdbcUrl; }
      public String getUser() { return user; }
      public void setUser(String user) { this.user = user; }
      public String getPassword() { return password; }
      public void setPassword(String password) { this.password = password; }
      public int getMaxPoolSize() { return maxPoolSize; }
      public void setMaxPoolSize(int maxPoolSize) { this.maxPoolSize = maxPoolSize; }
      public long getConnectionTimeoutMs() { return connectionTimeoutMs; }
      public void setConnectionTimeoutMs(long v) { this.connectionTimeoutMs = v; }
    }
  }
}
