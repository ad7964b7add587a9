package com.driftwoodgoods.cart;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

// Uses the in-memory repository (provider defaults to in-memory) — no DynamoDB needed.
@SpringBootTest(properties = "retail.cart.persistence.provider=in-memory")
@AutoConfigureMockMvc
class CartControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void addingTheSameItemTwiceSumsQuantities() throws Exception {
        String body = "{\"itemId\":\"lantern\",\"quantity\":1,\"unitPrice\":4900}";
        mvc.perform(post("/carts/c1/items").contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated());
        mvc.perform(post("/carts/c1/items").contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated());

        mvc.perform(get("/carts/c1"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].quantity").value(2));
    }

    @Test
    void rejectsZeroQuantity() throws Exception {
        mvc.perform(post("/carts/c2/items").contentType(MediaType.APPLICATION_JSON)
                .content("{\"itemId\":\"x\",\"quantity\":0,\"unitPrice\":1}"))
            .andExpect(status().isBadRequest());
    }
}
