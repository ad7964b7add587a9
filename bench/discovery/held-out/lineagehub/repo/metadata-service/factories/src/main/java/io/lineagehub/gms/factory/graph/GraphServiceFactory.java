package io.lineagehub.gms.factory.graph;

import io.lineagehub.metadata.graph.GraphService;
import io.lineagehub.metadata.graph.elastic.ElasticSearchGraphService;
import io.lineagehub.metadata.graph.neo4j.Neo4jGraphService;
import javax.annotation.Nonnull;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Chooses the graph backend from {@code graphService.type} (env GRAPH_SERVICE_IMPL).
 */
@Configuration
@Import({Neo4jGraphServiceFactory.class, ElasticSearchGraphServiceFactory.class})
public class GraphServiceFactory {

  @Autowired(required = false)
  @Qualifier("elasticSearchGraphService")
  private ElasticSearchGraphService _elasticSearchGraphService;

  @Autowired(required = false)
  @Qualifier("neo4jGraphService")
  private Neo4jGraphService _neo4jGraphService;

  @Value("${graphService.type}")
  private String graphServiceImpl;

  @Nonnull
  @Bean(name = "graphService")
  @Primary
  protected GraphService createInstance() {
    if (graphServiceImpl.equalsIgnoreCase("neo4j")) {
      return _neo4jGraphService;
    } else if (graphServiceImpl.equalsIgnoreCase("elasticsearch")) {
      return _elasticSearchGraphService;
    } else {
      throw new RuntimeException(
          "Error: Failed to initialize graph service. Graph Service provided: " + graphServiceImpl
              + ". Valid options: [neo4j, elasticsearch].");
    }
  }
}
