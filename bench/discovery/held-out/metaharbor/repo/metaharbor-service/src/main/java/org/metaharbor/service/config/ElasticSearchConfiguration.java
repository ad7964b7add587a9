package org.metaharbor.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import lombok.Data;

/** Generated from metaharbor-spec elasticSearchConfiguration.json (hand-trimmed). */
@Data
public class ElasticSearchConfiguration {
  public enum SearchType {
    @JsonProperty("elasticsearch")
    ELASTICSEARCH,
    @JsonProperty("opensearch")
    OPENSEARCH
  }

  private SearchType searchType = SearchType.ELASTICSEARCH;
  private String host;
  private Integer port;
  private String scheme;
  private String username;
  private String password;
  private String clusterAlias;
  private String truststorePath;
  private String truststorePassword;
  private Integer connectionTimeoutSecs = 5;
  private Integer socketTimeoutSecs = 60;
  private Integer keepAliveTimeoutSecs = 600;
  private Integer batchSize = 10;
  private String searchIndexMappingLanguage = "EN";
  private String searchIndexFactoryClassName;
}
