package com.bayshore.customercore.interfaces;

import com.bayshore.customercore.domain.Address;
import com.bayshore.customercore.domain.CustomerAggregateRoot;
import com.bayshore.customercore.domain.CustomerRepository;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/customers")
public class CustomerInformationHolder {

    private final CustomerRepository customers;

    public CustomerInformationHolder(CustomerRepository customers) {
        this.customers = customers;
    }

    public record CustomerProfile(String firstname, String lastname, LocalDate birthday, Address currentAddress,
                                  String email, String phoneNumber) {}

    public record CustomerResponse(String customerId, CustomerProfile customerProfile, List<Address> moveHistory) {
        static CustomerResponse of(CustomerAggregateRoot c) {
            return new CustomerResponse(c.getCustomerId(),
                    new CustomerProfile(c.getFirstName(), c.getLastName(), c.getBirthday(), c.currentAddress(),
                            c.getEmail(), c.getPhoneNumber()),
                    c.getMoveHistory());
        }
    }

    @GetMapping
    public Map<String, Object> getCustomers(@RequestParam(defaultValue = "") String filter,
                                            @RequestParam(defaultValue = "10") int limit,
                                            @RequestParam(defaultValue = "0") int offset) {
        List<CustomerResponse> all = customers.findAll().stream()
                .filter(c -> filter.isBlank() || c.matches(filter))
                .map(CustomerResponse::of)
                .toList();
        List<CustomerResponse> page = all.stream().skip(offset).limit(limit).toList();
        return Map.of("filter", filter, "limit", limit, "offset", offset, "size", all.size(), "customers", page);
    }

    @GetMapping("/{ids}")
    public Map<String, Object> getCustomer(@PathVariable String ids) {
        List<CustomerResponse> found = customers.findAllById(Arrays.asList(ids.split(","))).stream()
                .map(CustomerResponse::of).toList();
        return Map.of("customers", found);
    }

    @PostMapping
    public ResponseEntity<CustomerResponse> createCustomer(@RequestBody @Valid CustomerProfile profile) {
        CustomerAggregateRoot c = new CustomerAggregateRoot(customers.nextId(), profile.firstname(),
                profile.lastname(), profile.birthday(), profile.currentAddress(), profile.email(), profile.phoneNumber());
        customers.save(c);
        return ResponseEntity.status(HttpStatus.CREATED).body(CustomerResponse.of(c));
    }

    @PutMapping("/{customerId}")
    public CustomerResponse updateCustomer(@PathVariable String customerId, @RequestBody @Valid CustomerProfile profile) {
        CustomerAggregateRoot c = load(customerId);
        c.updateProfile(profile.firstname(), profile.lastname(), profile.birthday(), profile.email(), profile.phoneNumber());
        c.moveToAddress(profile.currentAddress());
        return CustomerResponse.of(customers.save(c));
    }

    @PutMapping("/{customerId}/address")
    public Address changeAddress(@PathVariable String customerId, @RequestBody @Valid Address address) {
        CustomerAggregateRoot c = load(customerId);
        c.moveToAddress(address);
        customers.save(c);
        return c.currentAddress();
    }

    private CustomerAggregateRoot load(String customerId) {
        return customers.findById(customerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown customer " + customerId));
    }
}
