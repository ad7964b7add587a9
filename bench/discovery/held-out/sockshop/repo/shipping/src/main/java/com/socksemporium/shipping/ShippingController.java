package com.socksemporium.shipping;

import java.util.Map;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
public class ShippingController {

    private final RabbitTemplate rabbitTemplate;

    public ShippingController(RabbitTemplate rabbitTemplate) {
        this.rabbitTemplate = rabbitTemplate;
    }

    @GetMapping("/shipping")
    public String getShipping() {
        return "GET ALL Shipping Resource.";
    }

    @PostMapping("/shipping")
    @ResponseStatus(HttpStatus.CREATED)
    public Shipment postShipping(@RequestBody Shipment shipment) {
        System.out.println("Adding shipment to queue...");
        rabbitTemplate.convertAndSend(ShippingApplication.QUEUE_NAME, shipment);
        return shipment;
    }

    @GetMapping("/health")
    public Map<String, String> health() {
        return Map.of("service", "shipping", "status", "OK");
    }
}
