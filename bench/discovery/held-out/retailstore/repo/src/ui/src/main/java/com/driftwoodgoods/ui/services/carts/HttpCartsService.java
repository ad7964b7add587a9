package com.driftwoodgoods.ui.services.carts;

import java.util.List;

import com.driftwoodgoods.ui.services.catalog.CatalogService;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Client for the carts API (src/cart). Enriches cart lines with names/prices from the catalog. */
public class HttpCartsService implements CartsService {

    private record ApiItem(String itemId, int quantity, int unitPrice) {}

    private record ApiCart(String customerId, List<ApiItem> items) {}

    private final WebClient client;
    private final CatalogService catalog;

    public HttpCartsService(WebClient client, CatalogService catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    @Override
    public Mono<Cart> getCart(String customerId) {
        return client.get().uri("/carts/{customerId}", customerId)
            .retrieve()
            .bodyToMono(ApiCart.class)
            .onErrorResume(WebClientResponseException.NotFound.class, e -> Mono.just(new ApiCart(customerId, List.of())))
            .flatMap(api -> Flux.fromIterable(api.items())
                .flatMap(i -> catalog.product(i.itemId())
                    .map(p -> new CartItem(p.id(), p.name(), i.quantity(), i.unitPrice())))
                .collectList()
                .map(items -> new Cart(customerId, items)));
    }

    @Override
    public Mono<Void> addItem(String customerId, String productId, int quantity) {
        return catalog.product(productId)
            .flatMap(p -> client.post().uri("/carts/{customerId}/items", customerId)
                .bodyValue(new ApiItem(productId, quantity, p.price()))
                .retrieve()
                .toBodilessEntity())
            .then();
    }

    @Override
    public Mono<Void> removeItem(String customerId, String productId) {
        return client.delete().uri("/carts/{customerId}/items/{itemId}", customerId, productId)
            .retrieve().toBodilessEntity().then();
    }

    @Override
    public Mono<Void> deleteCart(String customerId) {
        return client.delete().uri("/carts/{customerId}", customerId).retrieve().toBodilessEntity().then();
    }
}
