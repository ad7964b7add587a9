package com.lotus.mall.search.service.impl;

import com.lotus.mall.search.dao.EsProductDao;
import com.lotus.mall.search.domain.EsProduct;
import com.lotus.mall.search.repository.EsProductRepository;
import com.lotus.mall.search.service.EsProductService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.util.List;

@Service
public class EsProductServiceImpl implements EsProductService {
    private static final Logger LOGGER = LoggerFactory.getLogger(EsProductServiceImpl.class);
    private final EsProductDao productDao;
    private final EsProductRepository productRepository;

    public EsProductServiceImpl(EsProductDao productDao, EsProductRepository productRepository) {
        this.productDao = productDao;
        this.productRepository = productRepository;
    }

    @Override
    public int importAll() {
        List<EsProduct> esProductList = productDao.getAllEsProductList(null);
        int result = 0;
        for (EsProduct p : productRepository.saveAll(esProductList)) {
            result++;
        }
        LOGGER.info("imported {} products", result);
        return result;
    }

    @Override
    public void delete(Long id) {
        productRepository.deleteById(id);
    }

    @Override
    public EsProduct create(Long id) {
        List<EsProduct> list = productDao.getAllEsProductList(id);
        if (list.isEmpty()) {
            return null;
        }
        return productRepository.save(list.get(0));
    }

    @Override
    public Page<EsProduct> search(String keyword, Integer pageNum, Integer pageSize) {
        Pageable pageable = PageRequest.of(pageNum, pageSize);
        return productRepository.findByNameOrSubTitleOrKeywords(keyword, keyword, keyword, pageable);
    }
}
