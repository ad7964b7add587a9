package com.kestrel.skyparcel.dronescheduler;

import com.azure.cosmos.ConsistencyLevel;
import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CosmosConfig {

    @Bean(destroyMethod = "close")
    public CosmosClient cosmosClient(@Value("${dronescheduler.cosmos.endpoint}") String endpoint,
                                     @Value("${dronescheduler.cosmos.key}") String key) {
        return new CosmosClientBuilder()
                .endpoint(endpoint)
                .key(key)
                .consistencyLevel(ConsistencyLevel.SESSION)
                .contentResponseOnWriteEnabled(true)
                .buildClient();
    }

    @Bean
    public CosmosContainer droneUtilizationContainer(CosmosClient client,
                                                     @Value("${dronescheduler.cosmos.database}") String database,
                                                     @Value("${dronescheduler.cosmos.container}") String container) {
        return client.getDatabase(database).getContainer(container);
    }
}
