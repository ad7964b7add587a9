package io.lineagehub.metadata.graph.elastic;

import io.lineagehub.common.urn.Urn;
import io.lineagehub.metadata.graph.Edge;
import io.lineagehub.metadata.graph.GraphService;
import io.lineagehub.metadata.models.registry.LineageRegistry;
import io.lineagehub.metadata.search.elasticsearch.indexbuilder.ESIndexBuilder;
import java.io.IOException;
import javax.annotation.Nonnull;
import lombok.extern.slf4j.Slf4j;
import org.elasticsearch.action.index.IndexRequest;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestHighLevelClient;
import org.elasticsearch.index.query.QueryBuilders;
import org.elasticsearch.index.reindex.DeleteByQueryRequest;
import org.elasticsearch.common.xcontent.XContentType;

/** Default graph backend: stores edges as documents in the graph_service_v1 index. */
@Slf4j
public class ElasticSearchGraphService implements GraphService {

  private final LineageRegistry _lineageRegistry;
  private final RestHighLevelClient _searchClient;
  private final ESIndexBuilder _indexBuilder;
  private final String _indexName;

  public ElasticSearchGraphService(LineageRegistry lineageRegistry, RestHighLevelClient searchClient,
      ESIndexBuilder indexBuilder, String indexName) {
    _lineageRegistry = lineageRegistry;
    _searchClient = searchClient;
    _indexBuilder = indexBuilder;
    _indexName = indexName;
  }

  @Override
  public void addEdge(@Nonnull Edge edge) {
    String doc = String.format(
        "{\"source\":{\"urn\":\"%s\"},\"destination\":{\"urn\":\"%s\"},\"relationshipType\":\"%s\"}",
        edge.getSource(), edge.getDestination(), edge.getRelationshipType());
    try {
      _searchClient.index(new IndexRequest(_indexName).id(edge.toDocId()).source(doc, XContentType.JSON),
          RequestOptions.DEFAULT);
    } catch (IOException e) {
      log.error("Failed to index edge {}", edge, e);
    }
  }

  @Override
  public void removeNode(@Nonnull Urn urn) {
    DeleteByQueryRequest req = new DeleteByQueryRequest(_indexName)
        .setQuery(QueryBuilders.boolQuery()
            .should(QueryBuilders.termQuery("source.urn", urn.toString()))
            .should(QueryBuilders.termQuery("destination.urn", urn.toString())));
    try {
      _searchClient.deleteByQuery(req, RequestOptions.DEFAULT);
    } catch (IOException e) {
      log.error("Failed to remove node {}", urn, e);
    }
  }

  @Override
  public void clear() {
    _indexBuilder.clearIndex(_indexName);
  }
}
