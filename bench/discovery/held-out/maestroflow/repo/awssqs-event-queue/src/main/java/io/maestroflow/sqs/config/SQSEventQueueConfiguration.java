package io.maestroflow.sqs.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.amazonaws.auth.DefaultAWSCredentialsProviderChain;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;

import io.maestroflow.core.events.EventQueueProvider;
import io.maestroflow.sqs.eventqueue.SQSObservableQueue;

@Configuration
@EnableConfigurationProperties(SQSEventQueueProperties.class)
@ConditionalOnProperty(name = "maestroflow.event-queues.sqs.enabled", havingValue = "true")
public class SQSEventQueueConfiguration {

    @Bean
    public AmazonSQS sqsClient(SQSEventQueueProperties properties) {
        return AmazonSQSClientBuilder.standard()
                .withRegion(properties.getRegion())
                .withCredentials(DefaultAWSCredentialsProviderChain.getInstance())
                .build();
    }

    @Bean
    public EventQueueProvider sqsEventQueueProvider(AmazonSQS sqsClient, SQSEventQueueProperties properties) {
        return new EventQueueProvider() {
            @Override
            public String getQueueType() {
                return "sqs";
            }

            @Override
            public io.maestroflow.core.events.queue.ObservableQueue getQueue(String queueURI) {
                return new SQSObservableQueue.Builder()
                        .withClient(sqsClient)
                        .withQueueName(properties.getListenerQueuePrefix() + queueURI)
                        .withBatchSize(properties.getBatchSize())
                        .withPollTimeInMS((int) properties.getPollTimeDuration().toMillis())
                        .withVisibilityTimeout(properties.getVisibilityTimeout())
                        .build();
            }
        };
    }
}
