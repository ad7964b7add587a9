package com.thistlewood.bramble.cart.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.BAD_REQUEST;

@Service
public class CartService {

    public record CartItem(Long productId, int quantity) {
    }

    public record ProductThumbnailVm(Long id, String name, String slug, BigDecimal price, String thumbnailUrl) {
    }

    private final JdbcClient jdbcClient;
    private final RestClient productClient;
    private final int maxItems;

    public CartService(JdbcClient jdbcClient,
                       RestClient.Builder restClientBuilder,
                       @Value("${bramble.services.product}") String productServiceUrl,
                       @Value("${bramble.cart.max-items:50}") int maxItems) {
        this.jdbcClient = jdbcClient;
        this.productClient = restClientBuilder.baseUrl(productServiceUrl).build();
        this.maxItems = maxItems;
    }

    public List<CartItem> getCart(String customerId) {
        return jdbcClient.sql("SELECT product_id, quantity FROM cart_item WHERE customer_id = :customerId")
                .param("customerId", customerId)
                .query((rs, i) -> new CartItem(rs.getLong("product_id"), rs.getInt("quantity")))
                .list();
    }

    @Transactional
    public CartItem addToCart(String customerId, CartItem item) {
        validateProductsExist(Set.of(item.productId()));
        if (getCart(customerId).size() >= maxItems) {
            throw new ResponseStatusException(BAD_REQUEST, "Cart is full");
        }
        jdbcClient.sql("""
                        INSERT INTO cart_item (customer_id, product_id, quantity) VALUES (:c, :p, :q)
                        ON CONFLICT (customer_id, product_id) DO UPDATE SET quantity = cart_item.quantity + :q
                        """)
                .param("c", customerId)
                .param("p", item.productId())
                .param("q", item.quantity())
                .update();
        return item;
    }

    @Transactional
    public void deleteItems(String customerId, List<Long> productIds) {
        jdbcClient.sql("DELETE FROM cart_item WHERE customer_id = :c AND product_id IN (:ids)")
                .param("c", customerId)
                .param("ids", productIds)
                .update();
    }

    private void validateProductsExist(Set<Long> productIds) {
        String ids = productIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<ProductThumbnailVm> products = productClient.get()
                .uri(uriBuilder -> uriBuilder.path("/storefront/products").queryParam("ids", ids).build())
                .headers(h -> h.setBearerAuth(currentToken()))
                .retrieve()
                .body(new ParameterizedTypeReference<List<ProductThumbnailVm>>() {
                });
        if (products == null || products.size() != productIds.size()) {
            throw new ResponseStatusException(BAD_REQUEST, "Unknown product in " + ids);
        }
    }

    private static String currentToken() {
        Jwt jwt = (Jwt) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        return jwt.getTokenValue();
    }
}
