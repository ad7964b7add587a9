package com.bayshore.policymanagement.interfaces;

import com.bayshore.policymanagement.domain.PolicyAggregateRoot;
import com.bayshore.policymanagement.domain.PolicyRepository;
import com.bayshore.policymanagement.infrastructure.messaging.RiskManagementMessageProducer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/policies")
@CrossOrigin(origins = "${cors.allowed-origins}")
public class PolicyInformationHolder {

    public record PolicyUpdate(LocalDate endDate, BigDecimal deductible, BigDecimal policyLimit,
                               BigDecimal insurancePremium) {}

    private final PolicyRepository policies;
    private final RiskManagementMessageProducer riskManagement;

    public PolicyInformationHolder(PolicyRepository policies, RiskManagementMessageProducer riskManagement) {
        this.policies = policies;
        this.riskManagement = riskManagement;
    }

    @GetMapping
    public List<PolicyAggregateRoot> list(@RequestParam(required = false) String customerId) {
        return customerId == null ? policies.findAll() : policies.findByCustomerId(customerId);
    }

    @GetMapping("/{policyId}")
    public PolicyAggregateRoot get(@PathVariable String policyId) {
        return policies.findById(policyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PutMapping("/{policyId}")
    @Transactional
    public PolicyAggregateRoot update(@PathVariable String policyId, @RequestBody PolicyUpdate body) {
        PolicyAggregateRoot policy = get(policyId);
        policy.update(body.endDate(), body.deductible(), body.policyLimit(), body.insurancePremium());
        policies.save(policy);
        riskManagement.policyUpdated(policy);
        return policy;
    }

    @DeleteMapping("/{policyId}")
    @Transactional
    public ResponseEntity<Void> delete(@PathVariable String policyId) {
        if (!policies.existsById(policyId)) {
            return ResponseEntity.notFound().build();
        }
        policies.deleteById(policyId);
        riskManagement.policyDeleted(policyId);
        return ResponseEntity.noContent().build();
    }
}
