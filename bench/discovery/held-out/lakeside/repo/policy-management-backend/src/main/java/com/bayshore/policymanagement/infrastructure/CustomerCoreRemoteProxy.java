package com.bayshore.policymanagement.infrastructure;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read-only access to customer master data in customer-core. */
@Component
public class CustomerCoreRemoteProxy {

    public record CustomerProfile(String firstname, String lastname, LocalDate birthday) {}
    public record Customer(String customerId, CustomerProfile customerProfile) {}
    public record Customers(List<Customer> customers) {}

    private final RestTemplate rest;

    public CustomerCoreRemoteProxy(RestTemplateBuilder builder, CustomerCoreProperties props) {
        this.rest = builder
                .rootUri(props.baseURL())
                .defaultHeader("Authorization", "Bearer " + props.apiKey())
                .setConnectTimeout(props.timeout())
                .setReadTimeout(props.timeout())
                .build();
    }

    public Optional<Customer> getCustomer(String customerId) {
        Customers result = rest.getForObject("/customers/{ids}", Customers.class, customerId);
        return result == null ? Optional.empty() : result.customers().stream().findFirst();
    }

    public List<Customer> getCustomers(List<String> customerIds) {
        if (customerIds.isEmpty()) return List.of();
        Customers result = rest.getForObject("/customers/{ids}", Customers.class, String.join(",", customerIds));
        return result == null ? List.of() : result.customers();
    }
}
