package com.pagemart.catalog.domain;

class ProductMapper {
    static Product toProduct(ProductEntity e) {
        return new Product(e.getCode(), e.getName(), e.getDescription(), e.getImageUrl(), e.getPrice());
    }
}
