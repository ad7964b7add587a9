package com.lotus.mall.search.dao;

import com.lotus.mall.search.domain.EsProduct;
import org.apache.ibatis.annotations.Param;

import java.util.List;

/** Reads published products from MySQL for (re)indexing. */
public interface EsProductDao {
    List<EsProduct> getAllEsProductList(@Param("id") Long id);
}
