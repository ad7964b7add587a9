package com.larkspur.patrons;

import com.larkspur.common.Money;
import com.larkspur.patrons.api.messaging.events.PatronCreditReservedEvent;
import com.larkspur.patrons.domain.Patron;
import com.larkspur.patrons.domain.PatronService;
import com.larkspur.patrons.messaging.PatronMessagingConfiguration;
import com.larkspur.purchases.api.messaging.common.PurchaseDetails;
import com.larkspur.purchases.api.messaging.events.PurchaseCreatedEvent;
import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.eventuate.tram.spring.inmemory.TramInMemoryConfiguration;
import io.eventuate.tram.testing.DomainEventHandlerUnitTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertNotNull;

@SpringBootTest(classes = PatronServiceInMemoryIntegrationTest.Config.class)
public class PatronServiceInMemoryIntegrationTest {

  @Configuration
  @Import({PatronMessagingConfiguration.class, TramInMemoryConfiguration.class})
  static class Config {
  }

  @Autowired
  private PatronService patronService;

  @Autowired
  private DomainEventPublisher domainEventPublisher;

  @Test
  public void shouldReserveCredit() {
    Patron patron = patronService.createPatron("Ada", new Money("15.00"));
    assertNotNull(patron.getId());

    // in-memory messaging: no Kafka, no CDC
    domainEventPublisher.publish("com.larkspur.purchases.domain.Purchase", 101L,
            Collections.singletonList(new PurchaseCreatedEvent(new PurchaseDetails(patron.getId(), new Money("12.34")))));
  }
}
