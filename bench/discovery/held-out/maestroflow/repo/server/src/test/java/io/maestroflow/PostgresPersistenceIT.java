package io.maestroflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import io.maestroflow.dao.ExecutionDAO;
import io.maestroflow.postgres.dao.PostgresExecutionDAO;

@Testcontainers
@SpringBootTest(properties = {
        "maestroflow.db.type=postgres",
        "maestroflow.queue.type=postgres",
        "maestroflow.indexing.type=elasticsearch",
        "maestroflow.elasticsearch.version=7"
})
class PostgresPersistenceIT {

    @Container
    static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:15-alpine")
            .withDatabaseName("maestroflow").withUsername("maestroflow").withPassword("maestroflow");

    @Container
    static ElasticsearchContainer es = new ElasticsearchContainer(
            "docker.elastic.co/elasticsearch/elasticsearch:7.17.11");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", postgres::getJdbcUrl);
        registry.add("spring.datasource.username", postgres::getUsername);
        registry.add("spring.datasource.password", postgres::getPassword);
        registry.add("maestroflow.elasticsearch.url", () -> "http://" + es.getHttpHostAddress());
    }

    @Autowired
    ExecutionDAO executionDAO;

    @Test
    void postgresExecutionDaoIsSelected() {
        assertThat(executionDAO).isInstanceOf(PostgresExecutionDAO.class);
    }
}
