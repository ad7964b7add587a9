package com.driftwoodgoods.ui.services.catalog;

import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Talks to the catalog API (src/catalog): GET /catalog/products, /catalog/products/{id}, /catalog/tags. */
public class HttpCatalogService implements CatalogService {

    private final WebClient client;

    public HttpCatalogService(WebClient client) {
        this.client = client;
    }

    @Override
    public Flux<Product> products(String tag, String order, int page, int size) {
        return client.get()
            .uri(b -> b.path("/catalog/products")
                .queryParamIfPresent("tags", java.util.Optional.ofNullable(tag).filter(t -> !t.isBlank()))
                .queryParam("order", order)
                .queryParam("page", page)
                .queryParam("size", size)
                .build())
            .retrieve()
            .bodyToFlux(Product.class);
    }

    @Override
    public Mono<Product> product(String id) {
        return client.get().uri("/catalog/products/{id}", id).retrieve().bodyToMono(Product.class);
    }

    @Override
    public Flux<Tag> tags() {
        return client.get().uri("/catalog/tags").retrieve().bodyToFlux(Tag.class);
    }

    @Override
    public Mono<Integer> productCount(String tag) {
        record Count(int count) {}
        return client.get()
            .uri(b -> b.path("/catalog/size").queryParam("tags", tag == null ? "" : tag).build())
            .retrieve()
            .bodyToMono(Count.class)
            .map(Count::count);
    }
}
