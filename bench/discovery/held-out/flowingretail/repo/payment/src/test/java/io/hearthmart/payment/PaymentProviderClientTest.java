package io.hearthmart.payment;

import io.hearthmart.payment.application.PaymentProviderClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class PaymentProviderClientTest {

  @Test
  void chargesAtTheProvider() {
    RestTemplate rest = new RestTemplate();
    MockRestServiceServer server = MockRestServiceServer.bindTo(rest).build();
    server.expect(requestTo("http://cardgate.test/api/charges"))
        .andRespond(withSuccess("{\"transactionId\":\"tx-1\",\"status\":\"CAPTURED\"}", MediaType.APPLICATION_JSON));

    PaymentProviderClient client = new PaymentProviderClient(rest, "http://cardgate.test", false);

    assertThat(client.charge("hm-1", 1999)).isEqualTo("tx-1");
    server.verify();
  }
}
