package com.bayshore.customerselfservice.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
public class CustomerCoreRemoteProxy {

    public record Address(String streetAddress, String postalCode, String city) {}
    public record CustomerProfile(String firstname, String lastname, LocalDate birthday, Address currentAddress,
                                  String email, String phoneNumber) {}
    public record Customer(String customerId, CustomerProfile customerProfile) {}

    private final RestClient customerCore;

    public CustomerCoreRemoteProxy(RestClient.Builder builder,
                                   @Value("${customercore.baseURL}") String baseURL,
                                   @Value("${customercore.apikey.value}") String apiKey) {
        this.customerCore = builder
                .baseUrl(baseURL)
                .defaultHeader("Authorization", "Bearer " + apiKey)
                .build();
    }

    public Optional<Customer> getCustomer(String customerId) {
        Map<String, List<Customer>> body = customerCore.get()
                .uri("/customers/{id}", customerId)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        return body == null ? Optional.empty() : body.getOrDefault("customers", List.of()).stream().findFirst();
    }

    public Customer createCustomer(CustomerProfile profile) {
        return customerCore.post().uri("/customers").body(profile).retrieve().body(Customer.class);
    }

    public Address changeAddress(String customerId, Address address) {
        return customerCore.put().uri("/customers/{id}/address", customerId).body(address).retrieve().body(Address.class);
    }
}
