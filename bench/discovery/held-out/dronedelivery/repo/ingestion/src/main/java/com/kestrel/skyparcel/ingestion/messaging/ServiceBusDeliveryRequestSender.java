package com.kestrel.skyparcel.ingestion.messaging;

import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kestrel.skyparcel.ingestion.model.DeliveryRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

@Component
public class ServiceBusDeliveryRequestSender implements DeliveryRequestSender {

    private final ServiceBusSenderClient client;
    private final ObjectMapper mapper;

    public ServiceBusDeliveryRequestSender(ServiceBusSenderClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    @Override
    public void sendCreated(DeliveryRequest request) {
        send(request, "DeliveryCreated", request.getDeliveryId());
    }

    @Override
    public void sendCancelled(String deliveryId) {
        send(java.util.Collections.singletonMap("deliveryId", deliveryId), "DeliveryCancelled", deliveryId);
    }

    private void send(Object body, String operation, String id) {
        try {
            ServiceBusMessage message = new ServiceBusMessage(mapper.writeValueAsBytes(body));
            message.setMessageId(id);
            message.setContentType("application/json");
            message.getApplicationProperties().put("operation", operation);
            client.sendMessage(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Could not serialize delivery request " + id, e);
        }
    }

    @Configuration
    static class SenderConfig {
        @Bean(destroyMethod = "close")
        ServiceBusSenderClient serviceBusSenderClient(
                @Value("${ingestion.servicebus.connection-string}") String connectionString,
                @Value("${ingestion.servicebus.queue-name}") String queueName) {
            return new ServiceBusClientBuilder()
                    .connectionString(connectionString)
                    .sender()
                    .queueName(queueName)
                    .buildClient();
        }
    }
}
