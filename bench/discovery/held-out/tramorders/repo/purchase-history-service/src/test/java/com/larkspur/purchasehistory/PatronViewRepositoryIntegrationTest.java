package com.larkspur.purchasehistory;

import com.larkspur.common.Money;
import com.larkspur.purchasehistory.backend.PatronView;
import com.larkspur.purchasehistory.backend.PatronViewRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DataMongoTest
@Testcontainers
public class PatronViewRepositoryIntegrationTest {

  @Container
  static MongoDBContainer mongo = new MongoDBContainer("mongo:5.0.21");

  @DynamicPropertySource
  static void mongoProperties(DynamicPropertyRegistry registry) {
    registry.add("spring.data.mongodb.uri", mongo::getReplicaSetUrl);
  }

  @Autowired
  private PatronViewRepository patronViewRepository;

  @Test
  public void shouldAddPurchase() {
    patronViewRepository.addPatron(7L, "Ada", new Money("100.00"));
    patronViewRepository.addPurchase(7L, 11L, new Money("12.34"));

    PatronView view = patronViewRepository.findById(7L).orElseThrow();
    assertEquals(1, view.getPurchases().size());
  }
}
