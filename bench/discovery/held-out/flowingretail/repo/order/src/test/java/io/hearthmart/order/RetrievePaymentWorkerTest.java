package io.hearthmart.order;

import io.hearthmart.order.domain.Order;
import io.hearthmart.order.flow.RetrievePaymentWorker;
import io.hearthmart.order.messages.Message;
import io.hearthmart.order.messages.MessageSender;
import io.hearthmart.order.persistence.OrderRepository;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

class RetrievePaymentWorkerTest {

  @Test
  void sendsRetrievePaymentCommand() {
    OrderRepository repo = mock(OrderRepository.class);
    MessageSender sender = mock(MessageSender.class);
    Order order = new Order();
    order.setOrderId("hm-42");
    when(repo.findById("hm-42")).thenReturn(Optional.of(order));

    new RetrievePaymentWorker(repo, sender).retrievePayment("hm-42", "trace-1");

    ArgumentCaptor<Message> captor = ArgumentCaptor.forClass(Message.class);
    verify(sender).send(captor.capture());
    assertThat(captor.getValue().getType()).isEqualTo("RetrievePaymentCommand");
  }
}
