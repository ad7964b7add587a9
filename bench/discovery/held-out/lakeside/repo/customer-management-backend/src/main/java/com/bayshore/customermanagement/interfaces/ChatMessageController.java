package com.bayshore.customermanagement.interfaces;

import com.bayshore.customermanagement.domain.InteractionLogAggregateRoot;
import com.bayshore.customermanagement.domain.InteractionLogRepository;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

@Controller
public class ChatMessageController {

    public record ChatMessage(String customerId, String username, String content, boolean sentByOperator) {}

    private final InteractionLogRepository logs;
    private final SimpMessagingTemplate messaging;

    public ChatMessageController(InteractionLogRepository logs, SimpMessagingTemplate messaging) {
        this.logs = logs;
        this.messaging = messaging;
    }

    @MessageMapping("/messages")
    @Transactional
    public void onMessage(ChatMessage message) {
        InteractionLogAggregateRoot log = logs.findById(message.customerId())
                .orElseGet(() -> new InteractionLogAggregateRoot(message.customerId(), message.username()));
        var interaction = log.append(UUID.randomUUID().toString(), message.content(), message.sentByOperator());
        logs.save(log);
        messaging.convertAndSend("/topic/messages/" + message.customerId(), interaction);
        messaging.convertAndSend("/topic/notifications",
                new Notification(message.customerId(), message.username(), log.countUnacknowledged()));
    }

    public record Notification(String customerId, String username, long count) {}
}
