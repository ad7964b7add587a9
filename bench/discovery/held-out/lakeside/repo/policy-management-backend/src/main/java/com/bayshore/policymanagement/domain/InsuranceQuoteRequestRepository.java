package com.bayshore.policymanagement.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface InsuranceQuoteRequestRepository extends JpaRepository<InsuranceQuoteRequestEntity, Long> {
    List<InsuranceQuoteRequestEntity> findByStatus(InsuranceQuoteRequestEntity.Status status);
}
