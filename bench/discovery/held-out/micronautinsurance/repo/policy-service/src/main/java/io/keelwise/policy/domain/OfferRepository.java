package io.keelwise.policy.domain;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

@Repository
public interface OfferRepository extends JpaRepository<Offer, String> {
}
