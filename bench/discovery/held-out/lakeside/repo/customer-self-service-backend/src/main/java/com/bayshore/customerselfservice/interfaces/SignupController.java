package com.bayshore.customerselfservice.interfaces;

import com.bayshore.customerselfservice.infrastructure.CustomerCoreRemoteProxy;
import com.bayshore.customerselfservice.infrastructure.CustomerCoreRemoteProxy.Address;
import com.bayshore.customerselfservice.infrastructure.CustomerCoreRemoteProxy.CustomerProfile;
import com.bayshore.customerselfservice.infrastructure.WelcomeMailSender;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/customers")
@CrossOrigin(origins = "${cors.allowed-origins}")
public class SignupController {

    private final CustomerCoreRemoteProxy customerCore;
    private final WelcomeMailSender mail;

    public SignupController(CustomerCoreRemoteProxy customerCore, WelcomeMailSender mail) {
        this.customerCore = customerCore;
        this.mail = mail;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CustomerCoreRemoteProxy.Customer signUp(@RequestBody CustomerProfile profile) {
        var customer = customerCore.createCustomer(profile);
        mail.sendWelcome(profile.email(), profile.firstname());
        return customer;
    }

    @PutMapping("/{customerId}/address")
    public Address changeAddress(@PathVariable String customerId, @RequestBody Address address) {
        return customerCore.changeAddress(customerId, address);
    }
}
