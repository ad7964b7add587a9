package io.gatewise.rest.api.repository;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

@Configuration
@EnableMongoRepositories(basePackages = "io.gatewise.rest.api.repository")
public class MongoConfiguration {

    @Value("${management.mongodb.uri:mongodb://localhost:27017/gatewise}")
    private String uri;

    @Bean
    public MongoClient mongoClient() {
        return MongoClients.create(new ConnectionString(uri));
    }

    @Bean
    public MongoTemplate mongoTemplate(MongoClient client) {
        String db = new ConnectionString(uri).getDatabase();
        return new MongoTemplate(client, db == null ? "gatewise" : db);
    }
}
