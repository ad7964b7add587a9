package io.lineagehub.gms.factory.search;

import javax.annotation.Nonnull;
import javax.annotation.Nullable;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.elasticsearch.client.RestHighLevelClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ElasticSearchRestClientFactory {
  @Value("${elasticsearch.host}")
  private String host;

  @Value("${elasticsearch.port}")
  private Integer port;

  @Value("${elasticsearch.threadCount}")
  private Integer threadCount;

  @Value("${elasticsearch.pathPrefix}")
  private String pathPrefix;

  @Value("${elasticsearch.username}")
  private String username;

  @Value("${elasticsearch.password}")
  private String password;

  @Value("${elasticsearch.useSSL}")
  private boolean useSSL;

  @Bean(name = "elasticSearchRestHighLevelClient")
  @Nonnull
  protected RestHighLevelClient createInstance() {
    RestClientBuilder restClientBuilder =
        RestClient.builder(new HttpHost(host, port, useSSL ? "https" : "http"));
    if (pathPrefix != null) {
      restClientBuilder.setPathPrefix(pathPrefix);
    }
    restClientBuilder.setHttpClientConfigCallback(httpAsyncClientBuilder -> {
      httpAsyncClientBuilder.setDefaultIOReactorConfig(
          org.apache.http.impl.nio.reactor.IOReactorConfig.custom().setIoThreadCount(threadCount).build());
      setCredentials(httpAsyncClientBuilder, username, password);
      return httpAsyncClientBuilder;
    });
    return new RestHighLevelClient(restClientBuilder);
  }

  private static void setCredentials(
      org.apache.http.impl.nio.client.HttpAsyncClientBuilder builder,
      @Nullable String username, @Nullable String password) {
    if (username != null && password != null) {
      final BasicCredentialsProvider credentialsProvider = new BasicCredentialsProvider();
      credentialsProvider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password));
      builder.setDefaultCredentialsProvider(credentialsProvider);
    }
  }
}
