package com.bayshore.customermanagement.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InteractionLogRepository extends JpaRepository<InteractionLogAggregateRoot, String> {
}
