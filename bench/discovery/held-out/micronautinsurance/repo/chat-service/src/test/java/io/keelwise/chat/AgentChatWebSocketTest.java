package io.keelwise.chat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.websocket.WebSocketClient;
import io.micronaut.websocket.annotation.ClientWebSocket;
import io.micronaut.websocket.annotation.OnMessage;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "kafka.enabled", value = "false")
@Property(name = "keelwise.chat.notifications.policy-sold", value = "false")
@Property(name = "consul.client.registration.enabled", value = "false")
class AgentChatWebSocketTest {

    @Inject
    EmbeddedServer server;

    @Inject
    WebSocketClient webSocketClient;

    @ClientWebSocket
    static abstract class TestChatClient implements AutoCloseable {
        final Collection<String> received = new ConcurrentLinkedQueue<>();

        @OnMessage
        void onMessage(String message) {
            received.add(message);
        }
    }

    @Test
    void joinIsBroadcast() {
        TestChatClient client = Mono.from(webSocketClient.connect(TestChatClient.class,
                server.getURI().resolve("/ws/chat/sales/marina.holt"))).block();
        await().until(() -> client.received.stream().anyMatch(m -> m.contains("joined")));
        assertTrue(client.received.size() >= 1);
    }
}
