package com.kestrel.skyparcel.ingestion.api;

import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.kestrel.skyparcel.ingestion.messaging.DeliveryRequestSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(IngestionController.class)
class IngestionControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockBean
    private DeliveryRequestSender sender;

    @MockBean
    private ServiceBusSenderClient serviceBusSenderClient;

    @Test
    void acceptsDeliveryRequest() throws Exception {
        mvc.perform(post("/api/deliveryrequests")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ownerId\":\"owner-1\",\"pickupLocation\":\"dock 4\",\"dropoffLocation\":\"rooftop B\"}"))
            .andExpect(status().isAccepted());
        verify(sender).sendCreated(any());
    }
}
