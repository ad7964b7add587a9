package io.lineagehub.metadata.kafka;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.cassandra.CassandraAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

@SpringBootApplication(exclude = {ElasticsearchRestClientAutoConfiguration.class, CassandraAutoConfiguration.class})
@ComponentScan(
    basePackages = {
      "io.lineagehub.metadata.kafka",
      "io.lineagehub.gms.factory.graph",
      "io.lineagehub.gms.factory.search",
      "io.lineagehub.gms.factory.kafka",
      "io.lineagehub.gms.factory.client",
    },
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io.lineagehub.gms.factory.entity.*")
    })
public class MaeConsumerApplication {
  public static void main(String[] args) {
    SpringApplication.run(MaeConsumerApplication.class, args);
  }
}
