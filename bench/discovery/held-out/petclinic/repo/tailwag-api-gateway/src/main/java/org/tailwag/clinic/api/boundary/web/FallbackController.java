package org.tailwag.clinic.api.boundary.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Target of the gateway's CircuitBreaker filter (fallbackUri: forward:/fallback).
 */
@RestController
public class FallbackController {

    @PostMapping("/fallback")
    public ResponseEntity<String> fallback() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .body("Chat is currently unavailable. Please try again later.");
    }
}
