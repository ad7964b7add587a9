package com.bayshore.customerselfservice.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface InsuranceQuoteRequestRepository extends JpaRepository<InsuranceQuoteRequestAggregateRoot, Long> {
    List<InsuranceQuoteRequestAggregateRoot> findByCustomerIdOrderByDateDesc(String customerId);
}
