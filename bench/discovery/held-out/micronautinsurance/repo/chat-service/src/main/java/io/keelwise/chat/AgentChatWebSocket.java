package io.keelwise.chat;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.websocket.WebSocketBroadcaster;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import org.reactivestreams.Publisher;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Agents' chat room. The SPA connects to ws://&lt;chat-service&gt;/ws/chat/{room}/{login} directly.
 */
@ServerWebSocket("/ws/chat/{room}/{login}")
public class AgentChatWebSocket {

    private final WebSocketBroadcaster broadcaster;

    public AgentChatWebSocket(WebSocketBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @OnOpen
    public Publisher<ChatMessage> onOpen(String room, String login, WebSocketSession session) {
        return broadcaster.broadcast(new ChatMessage(room, "system", login + " joined", Instant.now()), inRoom(room));
    }

    @OnMessage
    public Publisher<ChatMessage> onMessage(String room, String login, String message, WebSocketSession session) {
        return broadcaster.broadcast(new ChatMessage(room, login, message, Instant.now()), inRoom(room));
    }

    @OnClose
    public Publisher<ChatMessage> onClose(String room, String login, WebSocketSession session) {
        return broadcaster.broadcast(new ChatMessage(room, "system", login + " left", Instant.now()), inRoom(room));
    }

    static Predicate<WebSocketSession> inRoom(String room) {
        return s -> room.equalsIgnoreCase(s.getUriVariables().get("room", String.class, null));
    }

    @Serdeable
    public record ChatMessage(String room, String from, String text, Instant at) {
    }
}
