package org.metaharbor.service.search;

import java.io.IOException;
import java.util.Map;

public interface SearchClient {
  String DEFAULT_UPDATE_SCRIPT = "for (k in params.keySet()) { ctx._source.put(k, params.get(k)) }";

  boolean isClientAvailable();

  boolean indexExists(String indexName);

  void createIndex(String indexName, String mappingContent);

  void updateIndex(String indexName, String mappingContent);

  void createEntity(String indexName, String docId, String doc);

  void deleteEntity(String indexName, String docId);

  Map<String, Object> search(String indexName, String query, int from, int size) throws IOException;

  void close();
}
