package com.thistlewood.bramble.customer.controller;

import com.thistlewood.bramble.customer.service.CustomerService;
import com.thistlewood.bramble.customer.service.CustomerService.AddressVm;
import com.thistlewood.bramble.customer.service.CustomerService.CustomerPostVm;
import com.thistlewood.bramble.customer.service.CustomerService.CustomerVm;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerController {

    private final CustomerService customerService;

    public CustomerController(CustomerService customerService) {
        this.customerService = customerService;
    }

    @GetMapping("/backoffice/customers")
    public List<CustomerVm> search(@RequestParam(defaultValue = "") String q,
                                   @RequestParam(defaultValue = "0") int first,
                                   @RequestParam(defaultValue = "20") int max) {
        return customerService.search(q, first, max);
    }

    @GetMapping("/backoffice/customers/{id}")
    public CustomerVm get(@PathVariable String id) {
        return customerService.getCustomer(id);
    }

    @PostMapping("/storefront/customers")
    public CustomerVm register(@RequestBody CustomerPostVm post) {
        return customerService.create(post);
    }

    @GetMapping("/storefront/customer/profile")
    public CustomerVm profile(@AuthenticationPrincipal Jwt jwt) {
        return customerService.getCustomer(jwt.getSubject());
    }

    @GetMapping("/storefront/customer/addresses/default")
    public AddressVm defaultAddress(@AuthenticationPrincipal Jwt jwt) {
        return customerService.getDefaultAddress(jwt.getSubject());
    }
}
