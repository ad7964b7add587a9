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
public class ProductService {

    public record ProductQuantityItem(Long productId, Long quantity) {
    }

    private final RestClient restClient;
    private final ServiceUrlConfig serviceUrlConfig;

    public ProductService(RestClient restClient, ServiceUrlConfig serviceUrlConfig) {
        this.restClient = restClient;
        this.serviceUrlConfig = serviceUrlConfig;
    }

    public void subtractProductStockQuantity(List<ProductQuantityItem> items) {
        final String jwt = ((Jwt) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .getTokenValue();
        final URI url = UriComponentsBuilder.fromHttpUrl(serviceUrlConfig.product())
                .path("/backoffice/products/subtract-quantity")
                .buildAndExpand()
                .toUri();
        restClient.put()
                .uri(url)
                .headers(h -> h.setBearerAuth(jwt))
                .body(items)
                .retrieve()
                .toBodilessEntity();
    }
}
