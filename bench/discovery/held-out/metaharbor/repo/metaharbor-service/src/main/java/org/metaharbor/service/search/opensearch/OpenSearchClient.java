package org.metaharbor.service.search.opensearch;

import java.io.IOException;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.apache.http.HttpHost;
import org.metaharbor.service.config.ElasticSearchConfiguration;
import org.metaharbor.service.search.SearchClient;
import org.opensearch.action.delete.DeleteRequest;
import org.opensearch.action.update.UpdateRequest;
import org.opensearch.client.RequestOptions;
import org.opensearch.client.RestClient;
import org.opensearch.client.RestHighLevelClient;
import org.opensearch.client.indices.CreateIndexRequest;
import org.opensearch.client.indices.GetIndexRequest;
import org.opensearch.client.indices.PutMappingRequest;
import org.opensearch.common.xcontent.XContentType;

@Slf4j
public class OpenSearchClient implements SearchClient {
  private final RestHighLevelClient client;

  public OpenSearchClient(ElasticSearchConfiguration config) {
    this.client = new RestHighLevelClient(
        RestClient.builder(new HttpHost(config.getHost(), config.getPort(), config.getScheme())));
  }

  @Override
  public boolean isClientAvailable() {
    return client != null;
  }

  @Override
  public boolean indexExists(String indexName) {
    try {
      return client.indices().exists(new GetIndexRequest(indexName), RequestOptions.DEFAULT);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void createIndex(String indexName, String mappingContent) {
    try {
      client.indices().create(new CreateIndexRequest(indexName).source(mappingContent,
          XContentType.JSON), RequestOptions.DEFAULT);
    } catch (Exception e) {
      LOG.error("Failed to create Open Search index {}", indexName, e);
    }
  }

  @Override
  public void updateIndex(String indexName, String mappingContent) {
    try {
      client.indices().putMapping(new PutMappingRequest(indexName).source(mappingContent,
          XContentType.JSON), RequestOptions.DEFAULT);
    } catch (Exception e) {
      LOG.warn("Failed to update Open Search index {}", indexName, e);
    }
  }

  @Override
  public void createEntity(String indexName, String docId, String doc) {
    try {
      client.update(new UpdateRequest(indexName, docId).doc(doc, XContentType.JSON)
          .docAsUpsert(true), RequestOptions.DEFAULT);
    } catch (IOException e) {
      LOG.error("Failed to index entity {}", docId, e);
    }
  }

  @Override
  public void deleteEntity(String indexName, String docId) {
    try {
      client.delete(new DeleteRequest(indexName, docId), RequestOptions.DEFAULT);
    } catch (IOException e) {
      LOG.error("Failed to delete entity {}", docId, e);
    }
  }

  @Override
  public Map<String, Object> search(String indexName, String query, int from, int size) {
    throw new UnsupportedOperationException("trimmed in this rendition");
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      LOG.error("Failed to close open search", e);
    }
  }
}
