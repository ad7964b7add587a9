package com.pagemart.orders.domain;

import com.pagemart.orders.clients.catalog.Product;
import com.pagemart.orders.clients.catalog.ProductServiceClient;
import com.pagemart.orders.domain.models.OrderItem;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
class OrderValidator {
    private final ProductServiceClient client;

    OrderValidator(ProductServiceClient client) {
        this.client = client;
    }

    void validate(Set<OrderItem> items) {
        for (OrderItem item : items) {
            Product product = client.getProductByCode(item.code())
                    .orElseThrow(() -> new InvalidOrderException("Invalid Product code:" + item.code()));
            if (item.price().compareTo(product.price()) != 0) {
                throw new InvalidOrderException("Product price not matching");
            }
        }
    }
}
