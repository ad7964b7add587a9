package com.quickcart.inventoryservice;

import com.quickcart.inventoryservice.dto.InventoryResponse;
import com.quickcart.inventoryservice.service.InventoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "eureka.client.enabled=false")
@Testcontainers
class InventoryServiceApplicationTests {

    @Container
    @ServiceConnection
    static MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.0.33");

    @Autowired
    InventoryService inventoryService;

    @Test
    void seededSkuIsInStock() {
        List<InventoryResponse> result = inventoryService.isInStock(List.of("pixel_8", "pixel_8_pro_obsidian"));
        assertThat(result).extracting(InventoryResponse::isInStock).containsExactlyInAnyOrder(true, false);
    }
}
