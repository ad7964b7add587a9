package com.kettleco.payments;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PaymentController.class)
class PaymentControllerTest {

    @Autowired
    MockMvc mvc;

    @MockBean
    PaymentService service;

    @MockBean
    PaymentRepository repository;

    @Test
    void acceptsPayment() throws Exception {
        when(service.process(any())).thenReturn(new Payment("p-1", "Ada", "visa", "**** 1111", java.math.BigDecimal.ONE, 60));
        mvc.perform(post("/payments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ada\",\"type\":\"visa\",\"number\":\"4111111111111111\",\"expiry\":\"01/30\",\"cv2\":123,\"amount\":1}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value("p-1"));
    }

    @Test
    void luhnCheck() {
        org.junit.jupiter.api.Assertions.assertTrue(PaymentService.luhn("4111 1111 1111 1111"));
        org.junit.jupiter.api.Assertions.assertFalse(PaymentService.luhn("1234-1234-1234-1234"));
    }
}
