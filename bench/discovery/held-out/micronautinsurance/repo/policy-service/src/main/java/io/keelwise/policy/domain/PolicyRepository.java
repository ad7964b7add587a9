package io.keelwise.policy.domain;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

@Repository
public interface PolicyRepository extends JpaRepository<Policy, String> {
}
