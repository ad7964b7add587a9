package com.driftwoodgoods.orders.messaging.sqs;

import com.driftwoodgoods.orders.config.OrdersProperties;
import com.driftwoodgoods.orders.messaging.OrderEventPublisher;
import io.awspring.cloud.sns.core.SnsTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * AWS-native alternative: publish to an SNS topic (which fans out to SQS queues).
 * Enable with RETAIL_ORDERS_MESSAGING_PROVIDER=sqs and RETAIL_ORDERS_MESSAGING_SQS_TOPIC=arn:aws:sns:...
 * Not used by any deployment in this repository.
 */
@Configuration
@ConditionalOnProperty(prefix = "retail.orders.messaging", name = "provider", havingValue = "sqs")
public class SqsMessagingConfig {

    @Bean
    public SnsClient snsClient() {
        return SnsClient.create();
    }

    @Bean
    public SnsTemplate snsTemplate(SnsClient snsClient) {
        return new SnsTemplate(snsClient);
    }

    @Bean
    public OrderEventPublisher snsOrderEventPublisher(SnsTemplate snsTemplate, OrdersProperties props) {
        String topic = props.messaging().sqs().topic();
        return event -> snsTemplate.convertAndSend(topic, event);
    }
}
