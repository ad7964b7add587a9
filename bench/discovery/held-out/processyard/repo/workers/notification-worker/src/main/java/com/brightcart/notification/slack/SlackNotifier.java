package com.brightcart.notification.slack;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
@ConditionalOnProperty(prefix = "brightcart.notify.slack", name = "enabled", havingValue = "true")
public class SlackNotifier implements OpsNotifier {

    private final WebClient webClient;

    public SlackNotifier(WebClient.Builder builder, @Value("${brightcart.notify.slack.webhook-url}") String webhookUrl) {
        this.webClient = builder.baseUrl(webhookUrl).build();
    }

    @Override
    public void paymentFailed(String orderId, String declineCode) {
        webClient.post()
                .bodyValue(Map.of("text", ":rotating_light: payment failed for order " + orderId + " (" + declineCode + ")"))
                .retrieve()
                .toBodilessEntity()
                .subscribe();
    }
}
