package com.fernwick.inventory;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/stock")
public class StockController {

    private final StockRepository stock;

    public StockController(StockRepository stock) {
        this.stock = stock;
    }

    @GetMapping("/{sku}")
    public ResponseEntity<StockItem> get(@PathVariable String sku) {
        return ResponseEntity.of(stock.findById(sku));
    }

    public record Line(String sku, int quantity) {}
    public record ReservationRequest(String orderId, List<Line> lines) {}

    /** Called by camelhub fulfillment-router for every new order. */
    @PostMapping("/reservations")
    @Transactional
    public Map<String, Object> reserve(@RequestBody ReservationRequest request) {
        boolean all = true;
        for (Line line : request.lines()) {
            StockItem item = stock.findById(line.sku()).orElse(null);
            all &= item != null && item.reserve(line.quantity());
        }
        return Map.of(
                "orderId", request.orderId(),
                "reservationId", "RSV-" + UUID.randomUUID(),
                "allReserved", all);
    }
}
