package com.driftwoodgoods.ui.services.catalog;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface CatalogService {

    record Product(String id, String name, String description, int price, List<String> tags) {
        public String formattedPrice() {
            return String.format("$%d.%02d", price / 100, price % 100);
        }
    }

    record Tag(String name, String displayName) {}

    Flux<Product> products(String tag, String order, int page, int size);

    Mono<Product> product(String id);

    Flux<Tag> tags();

    Mono<Integer> productCount(String tag);
}
