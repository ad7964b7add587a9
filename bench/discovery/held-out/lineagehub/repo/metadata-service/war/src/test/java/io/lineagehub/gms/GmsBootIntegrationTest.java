package io.lineagehub.gms;

import static org.testng.Assert.assertTrue;

import org.testcontainers.containers.KafkaContainer;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

public class GmsBootIntegrationTest {

  private final MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.2").withDatabaseName("lineagehub");
  private final KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("confluentinc/cp-kafka:7.4.0"));
  private final ElasticsearchContainer elastic =
      new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:7.10.1");

  @BeforeClass
  public void start() {
    mysql.start();
    kafka.start();
    elastic.start();
    System.setProperty("EBEAN_DATASOURCE_URL", mysql.getJdbcUrl());
    System.setProperty("KAFKA_BOOTSTRAP_SERVER", kafka.getBootstrapServers());
    System.setProperty("ELASTICSEARCH_HOST", elastic.getHost());
    System.setProperty("ELASTICSEARCH_PORT", String.valueOf(elastic.getMappedPort(9200)));
    System.setProperty("KAFKA_SCHEMAREGISTRY_URL", "mock://test-registry");
    System.setProperty("GRAPH_SERVICE_IMPL", "elasticsearch");
  }

  @Test
  public void contextStarts() {
    assertTrue(mysql.isRunning() && kafka.isRunning() && elastic.isRunning());
  }

  @AfterClass
  public void stop() {
    elastic.stop();
    kafka.stop();
    mysql.stop();
  }
}
