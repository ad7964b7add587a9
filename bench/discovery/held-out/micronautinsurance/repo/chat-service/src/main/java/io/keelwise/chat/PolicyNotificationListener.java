package io.keelwise.chat;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.websocket.WebSocketBroadcaster;

import java.time.Instant;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

@KafkaListener(groupId = "chat-service", offsetReset = OffsetReset.LATEST)
@Requires(property = "keelwise.chat.notifications.policy-sold", value = "true", defaultValue = "true")
public class PolicyNotificationListener {

    private final WebSocketBroadcaster broadcaster;

    public PolicyNotificationListener(WebSocketBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @Topic("keelwise.policy-registered")
    public void onPolicyRegistered(PolicyRegisteredEvent event) {
        String text = event.agentLogin() + " just sold " + event.productCode() + " for " + event.vesselName()
                + " (" + event.totalPremium() + " EUR)";
        broadcaster.broadcastAsync(new AgentChatWebSocket.ChatMessage("sales", "keelwise-bot", text, Instant.now()),
                AgentChatWebSocket.inRoom("sales"));
    }

    /** Consumer-side copy of policy-service's PolicyRegistered contract. */
    @Serdeable
    public record PolicyRegisteredEvent(String policyNumber, String productCode, String vesselName,
                                        String policyHolderName, String policyHolderEmail, String agentLogin,
                                        LocalDate coverFrom, LocalDate coverTo, BigDecimal totalPremium) {
    }
}
