package com.driftwoodgoods.ui.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.driftwoodgoods.ui.config.RetailUiProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Debug endpoint: echoes the configured backend endpoints (used by the workshop instructions). */
@RestController
public class TopologyController {

    private final RetailUiProperties properties;

    public TopologyController(RetailUiProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/topology")
    public Map<String, String> topology() {
        var e = properties.getEndpoints();
        Map<String, String> result = new LinkedHashMap<>();
        result.put("catalog", orMock(e.getCatalog()));
        result.put("carts", orMock(e.getCarts()));
        result.put("orders", orMock(e.getOrders()));
        result.put("checkout", orMock(e.getCheckout()));
        return result;
    }

    private static String orMock(String value) {
        return value == null || value.isBlank() ? "mock" : value;
    }
}
