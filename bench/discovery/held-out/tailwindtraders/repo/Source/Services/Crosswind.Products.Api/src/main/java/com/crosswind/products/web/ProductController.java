package com.crosswind.products.web;

import com.crosswind.products.domain.Product;
import com.crosswind.products.domain.ProductRepository;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/product")
public class ProductController {

    private final ProductRepository repository;
    private final String imagesBaseUrl;

    public ProductController(ProductRepository repository,
                             @Value("${crosswind.product-images-url}") String imagesBaseUrl) {
        this.repository = repository;
        this.imagesBaseUrl = imagesBaseUrl;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam(name = "brand", required = false) List<Integer> brands,
                                          @RequestParam(name = "type", required = false) Integer type) {
        List<Product> items;
        if (brands != null && !brands.isEmpty()) {
            items = repository.findByBrandIdIn(brands);
        } else if (type != null) {
            items = repository.findByTypeId(type);
        } else {
            items = repository.findAll();
        }
        return items.stream().map(this::toDto).toList();
    }

    @GetMapping("/{id}")
    public ResponseEntity<Map<String, Object>> byId(@PathVariable int id) {
        return repository.findById(id)
                .map(p -> ResponseEntity.ok(toDto(p)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/filter")
    public List<Map<String, Object>> search(@RequestParam("term") String term) {
        return repository.search(term).stream().map(this::toDto).toList();
    }

    private Map<String, Object> toDto(Product p) {
        // The storefront loads pictures straight from blob storage.
        String imageUrl = imagesBaseUrl + "/" + p.getImageName();
        return Map.of(
                "id", p.getId(),
                "name", p.getName(),
                "price", p.getPrice(),
                "imageUrl", imageUrl,
                "brandId", p.getBrandId(),
                "typeId", p.getTypeId());
    }
}
