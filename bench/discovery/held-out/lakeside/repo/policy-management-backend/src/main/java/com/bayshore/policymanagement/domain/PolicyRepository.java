package com.bayshore.policymanagement.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface PolicyRepository extends JpaRepository<PolicyAggregateRoot, String> {

    List<PolicyAggregateRoot> findByCustomerId(String customerId);

    default String nextId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
