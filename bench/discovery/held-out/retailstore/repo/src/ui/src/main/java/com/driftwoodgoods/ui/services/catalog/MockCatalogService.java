package com.driftwoodgoods.ui.services.catalog;

import java.util.Comparator;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public class MockCatalogService implements CatalogService {

    static final List<Product> PRODUCTS = List.of(
        new Product("d27cf49f-b689-4a75-a249-d373e0330bb5", "Beach Lantern", "Hand-blown glass lantern on a driftwood base", 4900, List.of("lighting")),
        new Product("a1258cd2-176c-4507-ade6-746dab5ad625", "Driftwood Mirror", "Round mirror framed with reclaimed driftwood", 12900, List.of("decor")),
        new Product("79bce3f3-935f-4912-8c62-0d2f3e059405", "Shell Coasters", "Set of four resin coasters", 1800, List.of("kitchen")),
        new Product("8757729a-c518-4356-8694-9e795a9b3237", "Tide Bench", "Two-seat bench, oiled oak and driftwood", 34900, List.of("furniture"))
    );

    @Override
    public Flux<Product> products(String tag, String order, int page, int size) {
        Comparator<Product> cmp = "price_desc".equals(order)
            ? Comparator.comparingInt(Product::price).reversed()
            : Comparator.comparing(Product::name);
        return Flux.fromIterable(PRODUCTS)
            .filter(p -> tag == null || tag.isBlank() || p.tags().contains(tag))
            .sort(cmp)
            .skip((long) (page - 1) * size)
            .take(size);
    }

    @Override
    public Mono<Product> product(String id) {
        return Mono.justOrEmpty(PRODUCTS.stream().filter(p -> p.id().equals(id)).findFirst());
    }

    @Override
    public Flux<Tag> tags() {
        return Flux.just(new Tag("lighting", "Lighting"), new Tag("decor", "Decor"),
            new Tag("kitchen", "Kitchen"), new Tag("furniture", "Furniture"));
    }

    @Override
    public Mono<Integer> productCount(String tag) {
        return products(tag, null, 1, 1000).count().map(Long::intValue);
    }
}
