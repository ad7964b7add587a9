package com.bayshore.customercore;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@SpringBootTest(properties = {"eureka.client.enabled=false", "spring.boot.admin.client.enabled=false"})
@AutoConfigureMockMvc
class CustomerInformationHolderTest {

    @Autowired
    MockMvc mvc;

    @Test
    void rejectsCallsWithoutApiKey() throws Exception {
        mvc.perform(get("/customers")).andExpect(status().isUnauthorized());
    }

    @Test
    void filtersCustomersByName() throws Exception {
        mvc.perform(get("/customers").param("filter", "rogers")
                        .header("Authorization", "Bearer b4y5h0re-dev-key-not-secret"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.customers[0].customerId").value("fn7v3ahpxq"));
    }

    @Test
    void returnsSeveralCustomersById() throws Exception {
        mvc.perform(get("/customers/rgpp0wkpec,bunlo9vk5f")
                        .header("Authorization", "Bearer b4y5h0re-dev-key-not-secret"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customers.length()").value(2));
    }
}
