package com.widgetry.server.repositories;

import com.widgetry.server.domains.Application;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import reactor.test.StepVerifier;

@Testcontainers
@DataMongoTest
@ActiveProfiles("test")
class ApplicationRepositoryTest {

    @Container
    static MongoDBContainer mongo = new MongoDBContainer("mongo:6.0.13");

    @DynamicPropertySource
    static void mongoProps(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", mongo::getReplicaSetUrl);
    }

    @Autowired
    ApplicationRepository applicationRepository;

    @Test
    void savesAndFindsByWorkspace() {
        Application app = new Application();
        app.setName("Support dashboard");
        app.setWorkspaceId("ws-1");

        StepVerifier.create(applicationRepository.save(app)
                        .thenMany(applicationRepository.findByWorkspaceId("ws-1")))
                .expectNextMatches(a -> a.getName().equals("Support dashboard"))
                .verifyComplete();
    }
}
