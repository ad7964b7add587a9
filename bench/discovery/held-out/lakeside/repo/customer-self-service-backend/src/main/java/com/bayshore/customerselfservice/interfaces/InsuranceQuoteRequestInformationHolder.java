package com.bayshore.customerselfservice.interfaces;

import com.bayshore.customerselfservice.domain.InsuranceQuoteRequestAggregateRoot;
import com.bayshore.customerselfservice.domain.InsuranceQuoteRequestRepository;
import com.bayshore.customerselfservice.domain.MessagingEvents.CustomerDecisionEvent;
import com.bayshore.customerselfservice.domain.MessagingEvents.InsuranceQuoteRequestEvent;
import com.bayshore.customerselfservice.infrastructure.CustomerCoreRemoteProxy;
import com.bayshore.customerselfservice.infrastructure.PolicyManagementMessageProducer;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/insurance-quote-requests")
@CrossOrigin(origins = "${cors.allowed-origins}")
public class InsuranceQuoteRequestInformationHolder {

    public record CreateRequest(String customerId, LocalDate startDate, String insuranceType, BigDecimal deductible) {}
    public record Decision(String status) {}

    private final InsuranceQuoteRequestRepository requests;
    private final CustomerCoreRemoteProxy customerCore;
    private final PolicyManagementMessageProducer policyManagement;

    public InsuranceQuoteRequestInformationHolder(InsuranceQuoteRequestRepository requests,
                                                  CustomerCoreRemoteProxy customerCore,
                                                  PolicyManagementMessageProducer policyManagement) {
        this.requests = requests;
        this.customerCore = customerCore;
        this.policyManagement = policyManagement;
    }

    @GetMapping
    public List<InsuranceQuoteRequestAggregateRoot> list(@RequestParam String customerId) {
        return requests.findByCustomerIdOrderByDateDesc(customerId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public InsuranceQuoteRequestAggregateRoot create(@RequestBody CreateRequest body) {
        var customer = customerCore.getCustomer(body.customerId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown customer"));
        var request = requests.save(new InsuranceQuoteRequestAggregateRoot(body.customerId(), body.startDate(),
                body.insuranceType(), body.deductible()));
        var profile = customer.customerProfile();
        var address = profile.currentAddress();
        policyManagement.sendInsuranceQuoteRequest(new InsuranceQuoteRequestEvent(Instant.now(), request.getId(),
                customer.customerId(), profile.firstname(), profile.lastname(), address.streetAddress(),
                address.postalCode(), address.city(), body.startDate(), body.insuranceType(), body.deductible()));

        // Before 2.4 this was a synchronous call:
        // restTemplate.postForObject("http://policy-management-backend:8090/insurance-quote-requests", dto, Void.class);
        return request;
    }

    @PatchMapping("/{id}")
    @Transactional
    public InsuranceQuoteRequestAggregateRoot respond(@PathVariable Long id, @RequestBody Decision decision) {
        var request = requests.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean accepted = "QUOTE_ACCEPTED".equals(decision.status());
        if (accepted) {
            request.acceptQuote(Instant.now());
        } else {
            request.rejectQuote();
        }
        requests.save(request);
        policyManagement.sendCustomerDecision(new CustomerDecisionEvent(Instant.now(), id, accepted));
        return request;
    }
}
