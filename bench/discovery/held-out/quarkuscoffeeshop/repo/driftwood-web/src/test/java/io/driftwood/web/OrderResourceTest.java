package io.driftwood.web;

import io.driftwood.web.domain.PlaceOrderCommand;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(OrderResourceTest.InMemoryKafka.class)
class OrderResourceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void orderIsEmittedToOrdersIn() {
        InMemorySink<PlaceOrderCommand> sink = connector.sink("orders-in");

        given()
            .baseUri("http://localhost:8081")
            .contentType("application/json")
            .body("{\"baristaLineItems\":[{\"item\":\"LATTE\",\"name\":\"Ada\"}],\"kitchenLineItems\":[]}")
        .when()
            .post("/order")
        .then()
            .statusCode(202);

        assertEquals(1, sink.received().size());
        assertEquals("ATLANTIC", sink.received().get(0).getPayload().storeId());
    }

    @Test
    void emptyOrderIsRejected() {
        given().baseUri("http://localhost:8081").contentType("application/json").body("{}")
            .when().post("/order")
            .then().statusCode(400);
    }

    /** Swaps the Kafka connector for the in-memory one so tests never need a broker. */
    public static class InMemoryKafka implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            Map<String, String> env = new HashMap<>();
            env.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory("orders-in"));
            env.putAll(InMemoryConnector.switchIncomingChannelsToInMemory("web-updates", "eighty-six"));
            return env;
        }

        @Override
        public void stop() {
            InMemoryConnector.clear();
        }
    }
}
