package com.kestrel.skyparcel.ingestion.api;

import com.kestrel.skyparcel.ingestion.messaging.DeliveryRequestSender;
import com.kestrel.skyparcel.ingestion.model.DeliveryRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.Collections;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api")
public class IngestionController {

    private static final Logger log = LoggerFactory.getLogger(IngestionController.class);
    private final DeliveryRequestSender sender;

    public IngestionController(DeliveryRequestSender sender) {
        this.sender = sender;
    }

    @PostMapping("/deliveryrequests")
    public ResponseEntity<Map<String, String>> scheduleDelivery(@RequestBody DeliveryRequest request) {
        String id = UUID.randomUUID().toString();
        request.setDeliveryId(id);
        log.info("Accepted delivery request {} for owner {}", id, request.getOwnerId());
        sender.sendCreated(request);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Collections.singletonMap("deliveryId", id));
    }

    @DeleteMapping("/deliveryrequests/{id}")
    public ResponseEntity<Void> cancelDelivery(@PathVariable String id) {
        sender.sendCancelled(id);
        return ResponseEntity.accepted().build();
    }

    /** Liveness/readiness endpoint used by the Helm chart probes. */
    @GetMapping("/probe")
    public ResponseEntity<String> probe() {
        return ResponseEntity.ok("ok");
    }
}
