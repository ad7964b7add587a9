package com.fernwick.customers;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {

    private final CustomerRepository customers;

    public CustomerController(CustomerRepository customers) {
        this.customers = customers;
    }

    @GetMapping("/{id}")
    public ResponseEntity<Customer> byId(@PathVariable String id) {
        return ResponseEntity.of(customers.findById(id));
    }

    /** Plain-text standing, used by the camelhub order-gateway before accepting an order. */
    @GetMapping(value = "/{id}/standing", produces = "text/plain")
    public ResponseEntity<String> standing(@PathVariable String id) {
        return customers.findById(id)
                .map(c -> ResponseEntity.ok(c.getStanding().name()))
                .orElse(ResponseEntity.ok("BLOCKED"));
    }
}
