package com.thistlewood.bramble.product.controller;

import com.thistlewood.bramble.product.model.Product;
import com.thistlewood.bramble.product.repository.ProductRepository;
import com.thistlewood.bramble.product.service.MediaService;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

@RestController
public class ProductController {

    public record ProductThumbnailVm(Long id, String name, String slug, BigDecimal price, String thumbnailUrl) {
    }

    public record ProductEsDetailVm(Long id, String name, String slug, BigDecimal price, boolean published,
                                    String brand, String thumbnailUrl) {
    }

    public record ProductQuantityItem(Long productId, Long quantity) {
    }

    private final ProductRepository productRepository;
    private final MediaService mediaService;

    public ProductController(ProductRepository productRepository, MediaService mediaService) {
        this.productRepository = productRepository;
        this.mediaService = mediaService;
    }

    @GetMapping("/storefront/products/list-featured")
    public List<ProductThumbnailVm> listFeatured(@RequestParam(defaultValue = "0") int pageNo,
                                                 @RequestParam(defaultValue = "12") int pageSize) {
        return productRepository.findByFeaturedTrueAndPublishedTrue(PageRequest.of(pageNo, pageSize))
                .map(this::toThumbnail)
                .toList();
    }

    @GetMapping("/storefront/products")
    public List<ProductThumbnailVm> listByIds(@RequestParam List<Long> ids) {
        return productRepository.findAllByIdIn(ids).stream().map(this::toThumbnail).toList();
    }

    @GetMapping("/storefront/products/{slug}")
    public ProductThumbnailVm getBySlug(@PathVariable String slug) {
        return productRepository.findBySlugAndPublishedTrue(slug)
                .map(this::toThumbnail)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "Product " + slug + " not found"));
    }

    /** Used by the search service to enrich CDC events before indexing. */
    @GetMapping("/storefront/products-es/{id}")
    public ProductEsDetailVm getForSearch(@PathVariable Long id) {
        Product p = productRepository.findById(id)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "Product " + id + " not found"));
        String thumbnail = mediaService.getMedia(p.getThumbnailMediaId()).url();
        return new ProductEsDetailVm(p.getId(), p.getName(), p.getSlug(), p.getPrice(), p.isPublished(),
                p.getBrandName(), thumbnail);
    }

    @Transactional
    @PutMapping("/backoffice/products/subtract-quantity")
    public ResponseEntity<Void> subtractQuantity(@RequestBody List<ProductQuantityItem> items) {
        items.forEach(i -> productRepository.subtractStock(i.productId(), i.quantity()));
        return ResponseEntity.noContent().build();
    }

    @Transactional
    @DeleteMapping("/backoffice/products/{id}")
    public ResponseEntity<Void> delete(@PathVariable Long id, @AuthenticationPrincipal Jwt jwt) {
        productRepository.findById(id).ifPresent(p -> {
            if (p.getThumbnailMediaId() != null) {
                mediaService.removeMedia(p.getThumbnailMediaId(), jwt.getTokenValue());
            }
            productRepository.delete(p);
        });
        return ResponseEntity.noContent().build();
    }

    private ProductThumbnailVm toThumbnail(Product p) {
        return new ProductThumbnailVm(p.getId(), p.getName(), p.getSlug(), p.getPrice(),
                mediaService.getMedia(p.getThumbnailMediaId()).url());
    }
}
