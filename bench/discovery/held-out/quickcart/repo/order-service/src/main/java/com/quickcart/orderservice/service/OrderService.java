package com.quickcart.orderservice.service;

import com.quickcart.orderservice.dto.InventoryResponse;
import com.quickcart.orderservice.dto.OrderLineItemsDto;
import com.quickcart.orderservice.dto.OrderRequest;
import com.quickcart.orderservice.event.OrderPlacedEvent;
import com.quickcart.orderservice.model.Order;
import com.quickcart.orderservice.model.OrderLineItems;
import com.quickcart.orderservice.repository.OrderRepository;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.reactive.function.client.WebClient;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Service
@Transactional
@Slf4j
public class OrderService {

    private final OrderRepository orderRepository;
    private final WebClient inventoryWebClient;
    private final ObservationRegistry observationRegistry;
    private final KafkaTemplate<String, OrderPlacedEvent> kafkaTemplate;
    private final String orderPlacedTopic;

    public OrderService(OrderRepository orderRepository,
                        @Qualifier("inventoryWebClient") WebClient inventoryWebClient,
                        ObservationRegistry observationRegistry,
                        KafkaTemplate<String, OrderPlacedEvent> kafkaTemplate,
                        @Value("${spring.kafka.template.default-topic}") String orderPlacedTopic) {
        this.orderRepository = orderRepository;
        this.inventoryWebClient = inventoryWebClient;
        this.observationRegistry = observationRegistry;
        this.kafkaTemplate = kafkaTemplate;
        this.orderPlacedTopic = orderPlacedTopic;
    }

    public String placeOrder(OrderRequest orderRequest) {
        Order order = new Order();
        order.setOrderNumber(UUID.randomUUID().toString());

        List<OrderLineItems> orderLineItems = orderRequest.getOrderLineItemsDtoList()
                .stream()
                .map(this::mapToEntity)
                .toList();
        order.setOrderLineItemsList(orderLineItems);

        List<String> skuCodes = orderLineItems.stream()
                .map(OrderLineItems::getSkuCode)
                .toList();

        Observation inventoryObservation = Observation.createNotStarted("inventory-service-lookup",
                this.observationRegistry);
        inventoryObservation.lowCardinalityKeyValue("call", "inventory-service");

        return inventoryObservation.observe(() -> {
            InventoryResponse[] inventoryResponses = inventoryWebClient.get()
                    .uri(uriBuilder -> uriBuilder.path("/api/inventory")
                            .queryParam("skuCode", skuCodes).build())
                    .retrieve()
                    .bodyToMono(InventoryResponse[].class)
                    .block();

            boolean allProductsInStock = inventoryResponses != null && inventoryResponses.length > 0
                    && Arrays.stream(inventoryResponses).allMatch(InventoryResponse::isInStock);

            if (allProductsInStock) {
                orderRepository.save(order);
                kafkaTemplate.send(orderPlacedTopic, order.getOrderNumber(),
                        new OrderPlacedEvent(order.getOrderNumber(), orderRequest.getEmail()));
                log.info("Order {} placed", order.getOrderNumber());
                return "Order Placed Successfully";
            } else {
                throw new IllegalArgumentException("Product is not in stock, please try again later");
            }
        });
    }

    private OrderLineItems mapToEntity(OrderLineItemsDto dto) {
        OrderLineItems orderLineItems = new OrderLineItems();
        orderLineItems.setPrice(dto.getPrice());
        orderLineItems.setQuantity(dto.getQuantity());
        orderLineItems.setSkuCode(dto.getSkuCode());
        return orderLineItems;
    }
}
