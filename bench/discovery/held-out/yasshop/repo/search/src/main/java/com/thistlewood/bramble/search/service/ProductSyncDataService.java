package com.thistlewood.bramble.search.service;

import com.thistlewood.bramble.search.model.Product;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

@Slf4j
@Service
public class ProductSyncDataService {

    record ProductEsDetailVm(Long id, String name, String slug, BigDecimal price, boolean published,
                             String brand, String thumbnailUrl) {
    }

    private final RestClient restClient;
    private final ElasticsearchOperations elasticsearchOperations;
    private final String productServiceUrl;

    public ProductSyncDataService(RestClient.Builder builder,
                                  ElasticsearchOperations elasticsearchOperations,
                                  @Value("${bramble.services.product}") String productServiceUrl) {
        this.restClient = builder.build();
        this.elasticsearchOperations = elasticsearchOperations;
        this.productServiceUrl = productServiceUrl;
    }

    private ProductEsDetailVm getProductEsDetailById(Long id) {
        return restClient.get()
                .uri(productServiceUrl + "/storefront/products-es/{id}", id)
                .retrieve()
                .body(ProductEsDetailVm.class);
    }

    public void upsertProduct(Long id) {
        ProductEsDetailVm detail;
        try {
            detail = getProductEsDetailById(id);
        } catch (HttpClientErrorException.NotFound ex) {
            log.warn("Product {} vanished before it could be indexed", id);
            deleteProduct(id);
            return;
        }
        if (!detail.published()) {
            deleteProduct(id);
            return;
        }
        elasticsearchOperations.save(new Product(detail.id(), detail.name(), detail.slug(), detail.price(),
                detail.published(), detail.brand(), detail.thumbnailUrl(), Instant.now()));
    }

    public void deleteProduct(Long id) {
        elasticsearchOperations.delete(String.valueOf(id), Product.class);
    }
}
