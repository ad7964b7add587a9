package com.quickcart.inventoryservice;

import com.quickcart.inventoryservice.model.Inventory;
import com.quickcart.inventoryservice.repository.InventoryRepository;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class InventoryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(InventoryServiceApplication.class, args);
    }

    @Bean
    public CommandLineRunner loadData(InventoryRepository inventoryRepository) {
        return args -> {
            if (inventoryRepository.count() > 0) {
                return;
            }
            Inventory phone = new Inventory();
            phone.setSkuCode("pixel_8");
            phone.setQuantity(100);

            Inventory soldOut = new Inventory();
            soldOut.setSkuCode("pixel_8_pro_obsidian");
            soldOut.setQuantity(0);

            inventoryRepository.save(phone);
            inventoryRepository.save(soldOut);
        };
    }
}
