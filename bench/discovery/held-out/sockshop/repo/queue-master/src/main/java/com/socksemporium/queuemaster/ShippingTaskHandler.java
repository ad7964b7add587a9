package com.socksemporium.queuemaster;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

@Component
public class ShippingTaskHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ShippingTaskHandler.class);

    @RabbitListener(queues = "shipping-task")
    public void handleMessage(Map<String, Object> shipment) {
        LOG.info("Received shipment task: {}", shipment.get("id"));
        // Hand the parcel over to the warehouse crew. In the demo this is a log line.
        LOG.info("Shipment {} for {} dispatched", shipment.get("id"), shipment.get("name"));
    }
}
