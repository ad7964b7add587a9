package com.bayshore.customermanagement.interfaces;

import com.bayshore.customermanagement.domain.InteractionLogAggregateRoot;
import com.bayshore.customermanagement.domain.InteractionLogRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/interaction-logs")
@CrossOrigin(origins = "${chat.allowed-origins}")
public class InteractionLogInformationHolder {

    private final InteractionLogRepository logs;

    public InteractionLogInformationHolder(InteractionLogRepository logs) {
        this.logs = logs;
    }

    @GetMapping("/{customerId}")
    public ResponseEntity<InteractionLogAggregateRoot> get(@PathVariable String customerId) {
        return logs.findById(customerId).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    public record AcknowledgeRequest(String lastAcknowledgedInteractionId) {}

    @PatchMapping("/{customerId}")
    public ResponseEntity<Void> acknowledge(@PathVariable String customerId, @RequestBody AcknowledgeRequest body) {
        return logs.findById(customerId).map(log -> {
            log.acknowledge(body.lastAcknowledgedInteractionId());
            logs.save(log);
            return ResponseEntity.noContent().<Void>build();
        }).orElse(ResponseEntity.notFound().build());
    }
}
