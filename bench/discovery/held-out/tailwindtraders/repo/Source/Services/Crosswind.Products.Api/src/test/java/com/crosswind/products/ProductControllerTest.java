package com.crosswind.products;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crosswind.products.domain.Product;
import com.crosswind.products.domain.ProductRepository;
import com.crosswind.products.web.ProductController;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ProductController.class)
@TestPropertySource(properties = "crosswind.product-images-url=http://localhost:10000/devstoreaccount1/product-images")
class ProductControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockBean
    private ProductRepository repository;

    @Test
    void returnsProductWithImageUrl() throws Exception {
        Product p = new Product();
        p.setId(7);
        p.setName("Trail Hammer");
        p.setPrice(new BigDecimal("24.99"));
        p.setImageName("hammer.jpg");
        p.setBrandId(1);
        p.setTypeId(2);
        when(repository.findById(7)).thenReturn(Optional.of(p));

        mvc.perform(get("/v1/product/7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imageUrl")
                        .value("http://localhost:10000/devstoreaccount1/product-images/hammer.jpg"));
    }
}
