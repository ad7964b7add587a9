package io.hearthmart.payment;

import io.hearthmart.payment.application.PaymentProviderClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

@SpringBootTest(properties = {
    "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
    "hearthmart.payment.provider-url=http://unused"})
@EmbeddedKafka(partitions = 1, topics = "hearthmart")
class PaymentListenerIT {

  @Autowired
  private KafkaTemplate<String, String> kafka;

  @MockBean
  private PaymentProviderClient providerClient;

  @Test
  void retrievePaymentCommandTriggersCharge() {
    when(providerClient.charge(anyString(), anyLong())).thenReturn("tx-9");
    kafka.send("hearthmart", "{\"type\":\"RetrievePaymentCommand\",\"traceid\":\"t\",\"data\":{\"refId\":\"hm-9\",\"amount\":100}}");
    verify(providerClient, timeout(10_000)).charge("hm-9", 100L);
  }
}
