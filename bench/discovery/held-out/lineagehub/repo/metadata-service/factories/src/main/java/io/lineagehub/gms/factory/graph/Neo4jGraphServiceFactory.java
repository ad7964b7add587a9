package io.lineagehub.gms.factory.graph;

import io.lineagehub.metadata.graph.neo4j.Neo4jGraphService;
import io.lineagehub.metadata.models.registry.LineageRegistry;
import java.util.concurrent.TimeUnit;
import javax.annotation.Nonnull;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@ConditionalOnProperty(name = "graphService.type", havingValue = "neo4j")
public class Neo4jGraphServiceFactory {

  @Value("${neo4j.uri}")
  private String uri;

  @Value("${neo4j.username}")
  private String username;

  @Value("${neo4j.password}")
  private String password;

  @Value("${neo4j.database}")
  private String database;

  @Value("${neo4j.maxConnectionPoolSize}")
  private Integer maxConnectionPoolSize;

  @Value("${neo4j.maxConnectionAcquisitionTimeout}")
  private Long maxConnectionAcquisitionTimeout;

  @Bean(name = "neo4jDriver")
  @Nonnull
  protected Driver neo4jDriver() {
    Config config = Config.builder()
        .withMaxConnectionPoolSize(maxConnectionPoolSize)
        .withConnectionAcquisitionTimeout(maxConnectionAcquisitionTimeout, TimeUnit.SECONDS)
        .build();
    return GraphDatabase.driver(uri, AuthTokens.basic(username, password), config);
  }

  @Bean(name = "neo4jGraphService")
  @Nonnull
  protected Neo4jGraphService neo4jGraphService(LineageRegistry lineageRegistry) {
    return new Neo4jGraphService(lineageRegistry, neo4jDriver(), SessionConfig.forDatabase(database));
  }
}
