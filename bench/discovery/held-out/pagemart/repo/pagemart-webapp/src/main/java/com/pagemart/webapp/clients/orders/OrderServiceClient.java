package com.pagemart.webapp.clients.orders;

import java.util.Map;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.PostExchange;

public interface OrderServiceClient {
    @PostExchange("/orders/api/orders")
    Map<String, Object> createOrder(@RequestHeader Map<String, ?> headers, @RequestBody Map<String, Object> orderRequest);
}
