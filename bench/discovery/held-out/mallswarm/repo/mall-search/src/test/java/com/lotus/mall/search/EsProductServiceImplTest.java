package com.lotus.mall.search;

import com.lotus.mall.search.dao.EsProductDao;
import com.lotus.mall.search.domain.EsProduct;
import com.lotus.mall.search.repository.EsProductRepository;
import com.lotus.mall.search.service.impl.EsProductServiceImpl;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.*;

class EsProductServiceImplTest {
    private final EsProductDao dao = mock(EsProductDao.class);
    private final EsProductRepository repo = mock(EsProductRepository.class);
    private final EsProductServiceImpl service = new EsProductServiceImpl(dao, repo);

    @Test
    void importAllCountsSavedProducts() {
        List<EsProduct> products = List.of(new EsProduct(), new EsProduct());
        when(dao.getAllEsProductList(null)).thenReturn(products);
        when(repo.saveAll(products)).thenReturn(products);
        assertEquals(2, service.importAll());
    }

    @Test
    void createUnknownProductReturnsNull() {
        when(dao.getAllEsProductList(99L)).thenReturn(List.of());
        assertNull(service.create(99L));
        verify(repo, never()).save(any());
    }
}
