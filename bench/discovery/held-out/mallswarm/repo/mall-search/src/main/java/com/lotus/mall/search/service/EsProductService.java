package com.lotus.mall.search.service;

import com.lotus.mall.search.domain.EsProduct;
import org.springframework.data.domain.Page;

public interface EsProductService {
    int importAll();

    void delete(Long id);

    EsProduct create(Long id);

    Page<EsProduct> search(String keyword, Integer pageNum, Integer pageSize);
}
