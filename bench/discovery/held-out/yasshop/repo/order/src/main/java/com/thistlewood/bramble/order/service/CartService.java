package com.thistlewood.bramble.order.service;

import com.thistlewood.bramble.order.config.ServiceUrlConfig;
import java.net.URI;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

@Service
public class CartService {

    private final RestClient restClient;
    private final ServiceUrlConfig serviceUrlConfig;

    public CartService(RestClient restClient, ServiceUrlConfig serviceUrlConfig) {
        this.restClient = restClient;
        this.serviceUrlConfig = serviceUrlConfig;
    }

    public void deleteCartItems(List<Long> productIds) {
        final String jwt = ((Jwt) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .getTokenValue();
        final URI url = UriComponentsBuilder.fromHttpUrl(serviceUrlConfig.cart())
                .path("/storefront/cart-item/multi-delete")
                .queryParam("productIds", productIds.toArray())
                .build()
                .toUri();
        restClient.delete()
                .uri(url)
                .headers(h -> h.setBearerAuth(jwt))
                .retrieve()
                .toBodilessEntity();
    }
}
