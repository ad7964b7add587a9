package com.pagemart.notifications.domain;

import com.pagemart.notifications.ApplicationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Posts failed-order alerts to a Slack channel. Disabled by default
 * (notifications.slack.enabled=false) until the ops channel is provisioned.
 */
@Service
@ConditionalOnProperty(name = "notifications.slack.enabled", havingValue = "true")
public class SlackAlertService {
    private static final Logger log = LoggerFactory.getLogger(SlackAlertService.class);

    private final RestClient restClient;

    SlackAlertService(RestClient.Builder builder, ApplicationProperties properties) {
        this.restClient = builder.baseUrl(properties.slack().webhookUrl()).build();
    }

    public void alert(String text) {
        log.info("Sending Slack alert");
        restClient.post().body("{\"text\":\"" + text + "\"}").retrieve().toBodilessEntity();
    }
}
