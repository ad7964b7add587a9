package com.thistlewood.bramble.order.service;

import com.thistlewood.bramble.order.config.ServiceUrlConfig;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class CustomerService {

    public record AddressVm(String contactName, String phone, String addressLine1, String city,
                            String zipCode, String countryCode) {
    }

    private final RestClient restClient;
    private final ServiceUrlConfig serviceUrlConfig;

    public CustomerService(RestClient restClient, ServiceUrlConfig serviceUrlConfig) {
        this.restClient = restClient;
        this.serviceUrlConfig = serviceUrlConfig;
    }

    public AddressVm getDefaultShippingAddress() {
        final String jwt = ((Jwt) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .getTokenValue();
        return restClient.get()
                .uri(serviceUrlConfig.customer() + "/storefront/customer/addresses/default")
                .headers(h -> h.setBearerAuth(jwt))
                .retrieve()
                .body(AddressVm.class);
    }
}
