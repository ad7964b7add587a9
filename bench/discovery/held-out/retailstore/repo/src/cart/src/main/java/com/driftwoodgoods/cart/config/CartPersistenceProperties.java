package com.driftwoodgoods.cart.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "retail.cart.persistence")
public record CartPersistenceProperties(String provider, DynamoDb dynamodb) {

    public record DynamoDb(String tableName, String endpoint, boolean createTable) {}
}
