package com.bayshore.customermanagement.interfaces;

import com.bayshore.customermanagement.infrastructure.CustomerCoreRemoteProxy;
import com.bayshore.customermanagement.interfaces.dtos.CustomerDto;
import com.bayshore.customermanagement.interfaces.dtos.CustomersDto;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/customers")
@CrossOrigin(origins = "${chat.allowed-origins}")
public class CustomerInformationHolder {

    private final CustomerCoreRemoteProxy customerCore;

    public CustomerInformationHolder(CustomerCoreRemoteProxy customerCore) {
        this.customerCore = customerCore;
    }

    @GetMapping
    public CustomersDto getCustomers(@RequestParam(defaultValue = "") String filter,
                                     @RequestParam(defaultValue = "10") int limit,
                                     @RequestParam(defaultValue = "0") int offset) {
        return customerCore.getCustomers(filter, Math.min(limit, 50), Math.max(offset, 0));
    }

    @GetMapping("/{customerId}")
    public CustomerDto getCustomer(@PathVariable String customerId) {
        return customerCore.getCustomer(customerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no customer " + customerId));
    }

    @PutMapping("/{customerId}")
    public CustomerDto updateCustomer(@PathVariable String customerId,
                                      @RequestBody CustomerDto.CustomerProfileDto profile) {
        return customerCore.updateCustomer(customerId, profile);
    }
}
