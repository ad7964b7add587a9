package com.pagemart.webapp.clients.catalog;

import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;

public interface CatalogServiceClient {
    @GetExchange("/catalog/api/products")
    Map<String, Object> getProducts(@RequestParam int page);

    @GetExchange("/catalog/api/products/{code}")
    Map<String, Object> getProductByCode(@PathVariable String code);
}
