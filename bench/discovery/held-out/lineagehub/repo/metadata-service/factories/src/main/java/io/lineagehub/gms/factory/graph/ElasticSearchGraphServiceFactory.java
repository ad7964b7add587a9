package io.lineagehub.gms.factory.graph;

import io.lineagehub.metadata.graph.elastic.ElasticSearchGraphService;
import io.lineagehub.metadata.models.registry.LineageRegistry;
import io.lineagehub.metadata.search.elasticsearch.indexbuilder.ESIndexBuilder;
import org.elasticsearch.client.RestHighLevelClient;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ElasticSearchGraphServiceFactory {

  @Bean(name = "elasticSearchGraphService")
  protected ElasticSearchGraphService getInstance(
      LineageRegistry lineageRegistry,
      @Qualifier("elasticSearchRestHighLevelClient") RestHighLevelClient searchClient,
      ESIndexBuilder indexBuilder) {
    return new ElasticSearchGraphService(lineageRegistry, searchClient, indexBuilder, "graph_service_v1");
  }
}
