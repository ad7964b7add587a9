package com.thistlewood.bramble.search.controller;

import com.thistlewood.bramble.search.model.Product;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductSearchController {

    private final ElasticsearchOperations elasticsearchOperations;

    public ProductSearchController(ElasticsearchOperations elasticsearchOperations) {
        this.elasticsearchOperations = elasticsearchOperations;
    }

    @GetMapping("/storefront/search_product")
    public List<Product> search(@RequestParam String keyword,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "12") int size) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.bool(b -> b
                        .must(m -> m.multiMatch(mm -> mm.query(keyword).fields("name^3", "brand")))
                        .filter(f -> f.term(t -> t.field("published").value(true)))))
                .withPageable(PageRequest.of(page, size))
                .build();
        return elasticsearchOperations.search(query, Product.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    @GetMapping("/storefront/search_suggest")
    public List<String> suggest(@RequestParam String keyword) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.matchPhrasePrefix(m -> m.field("name").query(keyword)))
                .withPageable(PageRequest.of(0, 5))
                .build();
        return elasticsearchOperations.search(query, Product.class).stream()
                .map(hit -> hit.getContent().name())
                .toList();
    }
}
