package io.gatewise.gateway.sync;

import io.gatewise.gateway.model.ApiDefinition;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Testcontainers
class ApiSyncServiceTest {

    @Container
    static MongoDBContainer mongo = new MongoDBContainer("mongo:6.0");

    @Test
    void should_parse_started_definition() {
        ApiDefinition def = ApiDefinition.fromJson(
            "{\"id\":\"a1\",\"state\":\"STARTED\",\"contextPaths\":[\"/echo/\"]," +
            "\"endpoints\":[{\"name\":\"default\",\"target\":\"http://localhost:8080/echo\"}]}");
        assertTrue(def.isStarted());
        assertEquals("http://localhost:8080/echo", def.nextEndpoint().getTarget());
    }
}
