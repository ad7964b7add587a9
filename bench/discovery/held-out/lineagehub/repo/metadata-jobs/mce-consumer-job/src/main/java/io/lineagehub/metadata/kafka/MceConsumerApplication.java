package io.lineagehub.metadata.kafka;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.cassandra.CassandraAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

@SpringBootApplication(exclude = {ElasticsearchRestClientAutoConfiguration.class, CassandraAutoConfiguration.class})
@ComponentScan(
    basePackages = {
      "io.lineagehub.metadata.kafka",
      "io.lineagehub.gms.factory.entity",
      "io.lineagehub.gms.factory.kafka",
    })
public class MceConsumerApplication {
  public static void main(String[] args) {
    SpringApplication.run(MceConsumerApplication.class, args);
  }
}
