package io.maestroflow.sqs.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import lombok.Data;

@Data
@ConfigurationProperties("maestroflow.event-queues.sqs")
public class SQSEventQueueProperties {

    private boolean enabled;
    private int batchSize = 1;
    private Duration pollTimeDuration = Duration.ofMillis(100);
    private int visibilityTimeout = 60;
    private String listenerQueuePrefix = "";
    private String authorizedAccounts = "";
    private String region = "us-east-1";
}
