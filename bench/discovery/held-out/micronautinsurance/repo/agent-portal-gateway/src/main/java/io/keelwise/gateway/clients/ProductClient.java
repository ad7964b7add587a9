package io.keelwise.gateway.clients;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.annotation.Client;

import java.util.List;
import java.util.Map;

@Client(id = "product-service", path = "/products")
public interface ProductClient {

    @Get
    List<Map<String, Object>> getAll();

    @Get("/{productCode}")
    Map<String, Object> getByCode(@PathVariable String productCode);
}
