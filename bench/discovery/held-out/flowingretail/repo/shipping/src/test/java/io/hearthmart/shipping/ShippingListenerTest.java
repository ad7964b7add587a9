package io.hearthmart.shipping;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearthmart.shipping.application.ShippingService;
import io.hearthmart.shipping.messages.Message;
import io.hearthmart.shipping.messages.MessageListener;
import io.hearthmart.shipping.messages.MessageSender;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

class ShippingListenerTest {

  @Test
  void shipGoodsCommandLeadsToGoodsShippedEvent() throws Exception {
    ShippingService service = mock(ShippingService.class);
    MessageSender sender = mock(MessageSender.class);
    when(service.createShipment(any(), any(), any(), any())).thenReturn("HF123");

    new MessageListener(service, sender, new ObjectMapper()).messageReceived(
        "{\"type\":\"ShipGoodsCommand\",\"traceid\":\"t\",\"data\":{\"refId\":\"hm-1\",\"pickId\":\"p\","
            + "\"recipientName\":\"Ada\",\"recipientAddress\":\"Kiln Lane\"}}");

    ArgumentCaptor<Message> captor = ArgumentCaptor.forClass(Message.class);
    verify(sender).send(captor.capture());
    assertThat(captor.getValue().getType()).isEqualTo("GoodsShippedEvent");
  }
}
