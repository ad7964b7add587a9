package io.maestroflow.es7.config;

import java.net.URI;
import java.util.Arrays;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.maestroflow.dao.IndexDAO;
import io.maestroflow.es7.dao.index.ElasticSearchRestDAOV7;

@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(
        "${maestroflow.indexing.enabled:true} and '${maestroflow.indexing.type:elasticsearch}' == 'elasticsearch' "
                + "and ${maestroflow.elasticsearch.version:7} == 7")
public class ElasticSearchV7Configuration {

    /** maestroflow.elasticsearch.url: comma separated list of http(s) URLs, e.g. http://es:9200 */
    @Bean
    public RestClientBuilder elasticRestClientBuilder(@Value("${maestroflow.elasticsearch.url}") String url) {
        HttpHost[] hosts = Arrays.stream(url.split(","))
                .map(String::trim)
                .map(u -> URI.create(u.startsWith("http") ? u : "http://" + u))
                .map(u -> new HttpHost(u.getHost(), u.getPort(), u.getScheme()))
                .toArray(HttpHost[]::new);
        return RestClient.builder(hosts);
    }

    @Bean
    public IndexDAO es7IndexDAO(RestClientBuilder restClientBuilder,
                                @Value("${maestroflow.elasticsearch.indexPrefix:maestroflow}") String indexPrefix,
                                ObjectMapper objectMapper) {
        return new ElasticSearchRestDAOV7(restClientBuilder, indexPrefix, objectMapper);
    }
}
