package com.driftwoodgoods.cart.config;

import java.net.URI;

import com.driftwoodgoods.cart.repository.CartRepository;
import com.driftwoodgoods.cart.repository.DynamoCartRepository;
import com.driftwoodgoods.cart.repository.InMemoryCartRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

@Configuration
public class DynamoDbConfig {

    private static final Logger log = LoggerFactory.getLogger(DynamoDbConfig.class);

    @Bean
    @ConditionalOnProperty(prefix = "retail.cart.persistence", name = "provider", havingValue = "dynamodb")
    public DynamoDbClient dynamoDbClient(CartPersistenceProperties props) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        String endpoint = props.dynamodb().endpoint();
        if (StringUtils.hasText(endpoint)) {
            // DynamoDB Local (docker-compose: http://carts-db:8000)
            log.info("Using DynamoDB endpoint override {}", endpoint);
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnProperty(prefix = "retail.cart.persistence", name = "provider", havingValue = "dynamodb")
    public CartRepository dynamoCartRepository(DynamoDbClient client, CartPersistenceProperties props) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        DynamoCartRepository repo = new DynamoCartRepository(enhanced, props.dynamodb().tableName());
        if (props.dynamodb().createTable()) {
            repo.createTableIfMissing();
        }
        return repo;
    }

    @Bean
    @ConditionalOnProperty(prefix = "retail.cart.persistence", name = "provider", havingValue = "in-memory", matchIfMissing = true)
    public CartRepository inMemoryCartRepository() {
        return new InMemoryCartRepository();
    }
}
