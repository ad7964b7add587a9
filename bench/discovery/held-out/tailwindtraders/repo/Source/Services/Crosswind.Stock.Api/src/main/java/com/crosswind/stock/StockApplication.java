package com.crosswind.stock;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
public class StockApplication {

    public static void main(String[] args) {
        SpringApplication.run(StockApplication.class, args);
    }

    @Repository
    static class StockRepository {
        private final JdbcTemplate jdbc;

        StockRepository(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        Integer findStock(int productId) {
            List<Integer> rows = jdbc.queryForList(
                    "SELECT stock_count FROM stock_items WHERE product_id = ?", Integer.class, productId);
            return rows.isEmpty() ? null : rows.get(0);
        }

        boolean decrement(int productId) {
            return jdbc.update(
                    "UPDATE stock_items SET stock_count = stock_count - 1 WHERE product_id = ? AND stock_count > 0",
                    productId) == 1;
        }
    }

    @RestController
    @RequestMapping("/v1/stock")
    static class StockController {
        private final StockRepository repository;
        private final int defaultAmount;

        StockController(StockRepository repository, @Value("${stock.default-amount}") int defaultAmount) {
            this.repository = repository;
            this.defaultAmount = defaultAmount;
        }

        @GetMapping("/{productId}")
        Map<String, Object> get(@PathVariable int productId) {
            Integer count = repository.findStock(productId);
            return Map.of("productId", productId, "productStock", count == null ? defaultAmount : count);
        }

        @PostMapping("/consume/{productId}")
        ResponseEntity<Void> consume(@PathVariable int productId) {
            return repository.decrement(productId)
                    ? ResponseEntity.noContent().build()
                    : ResponseEntity.badRequest().build();
        }
    }
}
