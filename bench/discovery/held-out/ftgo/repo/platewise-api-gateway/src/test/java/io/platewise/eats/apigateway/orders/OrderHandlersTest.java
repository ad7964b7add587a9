package io.platewise.eats.apigateway.orders;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.contract.wiremock.AutoConfigureWireMock;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "order.destinations.orderServiceUrl=http://localhost:${wiremock.server.port}",
                "order.destinations.orderHistoryServiceUrl=http://localhost:${wiremock.server.port}",
                "consumer.destinations.consumerServiceUrl=http://localhost:${wiremock.server.port}",
                "restaurant.destinations.restaurantServiceUrl=http://localhost:${wiremock.server.port}",
                "kitchen.destinations.kitchenServiceUrl=http://localhost:${wiremock.server.port}",
                "delivery.destinations.deliveryServiceUrl=http://localhost:${wiremock.server.port}",
                "accounting.destinations.accountingServiceUrl=http://localhost:${wiremock.server.port}"
        })
@AutoConfigureWireMock(port = 0)
public class OrderHandlersTest {

  @Autowired
  private WebTestClient webTestClient;

  @Test
  public void shouldComposeOrderDetails() {
    stubFor(get(urlEqualTo("/orders/99")).willReturn(okJson("{\"orderId\": 99, \"state\": \"APPROVED\", \"consumerId\": 7}")));
    stubFor(get(urlEqualTo("/tickets/99")).willReturn(okJson("{\"ticketId\": 5, \"state\": \"ACCEPTED\"}")));
    stubFor(get(urlEqualTo("/deliveries/99")).willReturn(notFound()));
    stubFor(get(urlEqualTo("/accounts/7")).willReturn(okJson("{\"accountId\": 1, \"consumerId\": 7}")));

    webTestClient.get().uri("/orders/99").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.ticket.ticketId").isEqualTo(5)
            .jsonPath("$.delivery").isEmpty();
  }
}
