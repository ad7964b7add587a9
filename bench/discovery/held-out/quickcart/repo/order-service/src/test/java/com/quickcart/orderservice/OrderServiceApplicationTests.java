package com.quickcart.orderservice;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.quickcart.orderservice.dto.OrderLineItemsDto;
import com.quickcart.orderservice.dto.OrderRequest;
import com.quickcart.orderservice.repository.OrderRepository;
import com.quickcart.orderservice.service.OrderService;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.contract.wiremock.AutoConfigureWireMock;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.KafkaContainer;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

import java.math.BigDecimal;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

@SpringBootTest(properties = {
        "eureka.client.enabled=false",
        "spring.cloud.discovery.enabled=false",
        "spring.cloud.loadbalancer.enabled=false"
})
@AutoConfigureWireMock(port = 0)
@Testcontainers
class OrderServiceApplicationTests {

    @Container
    static MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.0.33").withDatabaseName("order_service");

    @Container
    static KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("confluentinc/cp-kafka:7.4.0"));

    @Autowired
    private OrderService orderService;
    @Autowired
    private OrderRepository orderRepository;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", mysql::getJdbcUrl);
        registry.add("spring.datasource.username", mysql::getUsername);
        registry.add("spring.datasource.password", mysql::getPassword);
        registry.add("spring.kafka.bootstrap-servers", kafka::getBootstrapServers);
        registry.add("quickcart.inventory.base-url", () -> "http://localhost:${wiremock.server.port}");
    }

    @Test
    void placesOrderWhenInStock() {
        stubFor(get(urlPathEqualTo("/api/inventory"))
                .willReturn(okJson("[{\"skuCode\":\"pixel_8\",\"inStock\":true}]")));

        OrderRequest request = new OrderRequest("jane@example.com",
                List.of(new OrderLineItemsDto(null, "pixel_8", BigDecimal.valueOf(699), 1)));

        String result = orderService.placeOrder(request);

        Assertions.assertEquals("Order Placed Successfully", result);
        Assertions.assertEquals(1, orderRepository.count());
        WireMock.verify(getRequestedFor(urlPathEqualTo("/api/inventory")));
    }
}
