package com.fernwick.billing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(InvoiceController.class)
class InvoiceControllerTest {

    @Autowired
    MockMvc mvc;

    @MockBean
    InvoiceRepository invoices;

    @MockBean
    InvoiceEventPublisher events;

    @Test
    void raisingAnInvoicePublishesEvent() throws Exception {
        when(invoices.nextNumber()).thenReturn(1001L);
        when(invoices.save(any())).thenAnswer(inv -> inv.getArgument(0));

        mvc.perform(post("/api/invoices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"FW-1\",\"customerId\":\"C-1\",\"lines\":[]}"))
                .andExpect(status().isCreated());

        verify(events).invoiceIssued(any());
    }
}
