package org.metaharbor.service.search;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.extern.slf4j.Slf4j;
import org.metaharbor.service.config.ElasticSearchConfiguration;
import org.metaharbor.service.search.elasticsearch.ElasticSearchClient;
import org.metaharbor.service.search.opensearch.OpenSearchClient;

@Slf4j
public class SearchRepository {
  public static final Map<String, String> ENTITY_INDEX_MAPPINGS =
      Map.of(
          "table", "table_search_index",
          "topic", "topic_search_index",
          "dashboard", "dashboard_search_index",
          "pipeline", "pipeline_search_index",
          "team", "team_search_index",
          "user", "user_search_index");

  @Getter private final SearchClient searchClient;
  private final String language;
  private final String clusterAlias;

  public SearchRepository(ElasticSearchConfiguration config) {
    this.language = config.getSearchIndexMappingLanguage() != null
        ? config.getSearchIndexMappingLanguage().toLowerCase() : "en";
    this.clusterAlias = config.getClusterAlias();
    if (config.getSearchType() == ElasticSearchConfiguration.SearchType.OPENSEARCH) {
      searchClient = new OpenSearchClient(config);
    } else {
      searchClient = new ElasticSearchClient(config);
    }
  }

  public String getIndexName(String entityType) {
    String index = ENTITY_INDEX_MAPPINGS.get(entityType);
    return clusterAlias == null || clusterAlias.isEmpty() ? index : clusterAlias + "_" + index;
  }

  /** Called at startup and by the migrate command to create/update the index mappings. */
  public void createIndexes() {
    for (String entityType : ENTITY_INDEX_MAPPINGS.keySet()) {
      String indexName = getIndexName(entityType);
      String mapping = readIndexMapping(entityType);
      if (searchClient.indexExists(indexName)) {
        searchClient.updateIndex(indexName, mapping);
      } else {
        searchClient.createIndex(indexName, mapping);
      }
    }
  }

  public void updateEntity(String entityType, String id, String doc) {
    searchClient.createEntity(getIndexName(entityType), id, doc);
  }

  public void deleteEntity(String entityType, String id) {
    searchClient.deleteEntity(getIndexName(entityType), id);
  }

  private String readIndexMapping(String entityType) {
    String path = String.format("/elasticsearch/%s/%s_index_mapping.json", language, entityType);
    try (InputStream in = getClass().getResourceAsStream(path)) {
      return in == null ? "{}" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      LOG.warn("Failed to read index mapping {}", path, e);
      return "{}";
    }
  }

  public List<String> getEntityTypes() {
    return List.copyOf(ENTITY_INDEX_MAPPINGS.keySet());
  }

  public void close() {
    searchClient.close();
  }
}
