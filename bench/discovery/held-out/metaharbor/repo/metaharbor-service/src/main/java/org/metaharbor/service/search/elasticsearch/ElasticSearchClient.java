package org.metaharbor.service.search.elasticsearch;

import java.io.IOException;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.CredentialsProvider;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.action.delete.DeleteRequest;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.search.SearchResponse;
import org.elasticsearch.action.update.UpdateRequest;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.elasticsearch.client.RestHighLevelClient;
import org.elasticsearch.client.indices.CreateIndexRequest;
import org.elasticsearch.client.indices.GetIndexRequest;
import org.elasticsearch.client.indices.PutMappingRequest;
import org.elasticsearch.common.xcontent.XContentType;
import org.elasticsearch.index.query.QueryBuilders;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.metaharbor.service.config.ElasticSearchConfiguration;
import org.metaharbor.service.search.SearchClient;

@Slf4j
public class ElasticSearchClient implements SearchClient {
  private final RestHighLevelClient client;
  private final boolean isClientAvailable;

  public ElasticSearchClient(ElasticSearchConfiguration config) {
    this.client = createElasticSearchClient(config);
    this.isClientAvailable = client != null;
  }

  public RestHighLevelClient createElasticSearchClient(ElasticSearchConfiguration esConfig) {
    if (esConfig == null) {
      return null;
    }
    try {
      RestClientBuilder restClientBuilder =
          RestClient.builder(
              new HttpHost(esConfig.getHost(), esConfig.getPort(), esConfig.getScheme()));
      if (esConfig.getUsername() != null && !esConfig.getUsername().isEmpty()) {
        CredentialsProvider credentialsProvider = new BasicCredentialsProvider();
        credentialsProvider.setCredentials(
            AuthScope.ANY,
            new UsernamePasswordCredentials(esConfig.getUsername(), esConfig.getPassword()));
        restClientBuilder.setHttpClientConfigCallback(
            httpAsyncClientBuilder -> httpAsyncClientBuilder
                .setDefaultCredentialsProvider(credentialsProvider));
      }
      restClientBuilder.setRequestConfigCallback(
          requestConfigBuilder -> requestConfigBuilder
              .setConnectTimeout(esConfig.getConnectionTimeoutSecs() * 1000)
              .setSocketTimeout(esConfig.getSocketTimeoutSecs() * 1000));
      restClientBuilder.setCompatibilityMode(true);
      return new RestHighLevelClient(restClientBuilder);
    } catch (Exception e) {
      LOG.error("Failed to create elastic search client ", e);
      return null;
    }
  }

  @Override
  public boolean isClientAvailable() {
    return isClientAvailable;
  }

  @Override
  public boolean indexExists(String indexName) {
    try {
      return client.indices().exists(new GetIndexRequest(indexName), RequestOptions.DEFAULT);
    } catch (IOException e) {
      LOG.error("Failed to check if index {} exists", indexName, e);
      return false;
    }
  }

  @Override
  public void createIndex(String indexName, String mappingContent) {
    try {
      CreateIndexRequest request = new CreateIndexRequest(indexName);
      request.source(mappingContent, XContentType.JSON);
      client.indices().create(request, RequestOptions.DEFAULT);
    } catch (Exception e) {
      LOG.error("Failed to create Elastic Search index {}", indexName, e);
    }
  }

  @Override
  public void updateIndex(String indexName, String mappingContent) {
    try {
      PutMappingRequest request = new PutMappingRequest(indexName);
      request.source(mappingContent, XContentType.JSON);
      client.indices().putMapping(request, RequestOptions.DEFAULT);
    } catch (Exception e) {
      LOG.warn("Failed to update Elastic Search index {}", indexName, e);
    }
  }

  @Override
  public void createEntity(String indexName, String docId, String doc) {
    UpdateRequest updateRequest = new UpdateRequest(indexName, docId);
    updateRequest.doc(doc, XContentType.JSON);
    updateRequest.docAsUpsert(true);
    try {
      client.update(updateRequest, RequestOptions.DEFAULT);
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
  public Map<String, Object> search(String indexName, String query, int from, int size)
      throws IOException {
    SearchSourceBuilder source = new SearchSourceBuilder()
        .query(QueryBuilders.queryStringQuery(query)).from(from).size(size);
    SearchResponse response = client.search(new SearchRequest(indexName).source(source),
        RequestOptions.DEFAULT);
    return Map.of("hits", response.getHits().getTotalHits().value, "took", response.getTook());
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      LOG.error("Failed to close elastic search", e);
    }
  }
}
