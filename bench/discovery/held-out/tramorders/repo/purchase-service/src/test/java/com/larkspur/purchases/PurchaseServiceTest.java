package com.larkspur.purchases;

import com.larkspur.common.Money;
import com.larkspur.purchases.api.messaging.common.PurchaseDetails;
import com.larkspur.purchases.api.messaging.common.PurchaseState;
import com.larkspur.purchases.domain.Purchase;
import com.larkspur.purchases.domain.PurchaseRepository;
import com.larkspur.purchases.domain.PurchaseService;
import io.eventuate.tram.commands.producer.CommandProducer;
import io.eventuate.tram.events.publisher.DomainEventPublisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

public class PurchaseServiceTest {

  private PurchaseRepository purchaseRepository;
  private DomainEventPublisher domainEventPublisher;
  private PurchaseService purchaseService;

  @BeforeEach
  public void setUp() {
    purchaseRepository = mock(PurchaseRepository.class);
    domainEventPublisher = mock(DomainEventPublisher.class);
    purchaseService = new PurchaseService(domainEventPublisher, mock(CommandProducer.class), purchaseRepository);
  }

  @Test
  public void shouldCreatePendingPurchase() {
    when(purchaseRepository.save(any(Purchase.class))).thenAnswer(i -> i.getArgument(0));

    Purchase purchase = purchaseService.createPurchase(new PurchaseDetails(1L, new Money("12.34")));

    assertEquals(PurchaseState.PENDING, purchase.getState());
    verify(domainEventPublisher).publish(eq(Purchase.class), any(), anyList());
  }
}
