package com.kettleco.payments;

import org.springframework.data.repository.CrudRepository;

/** Payment records live in Redis (spring.data.redis.*). */
public interface PaymentRepository extends CrudRepository<Payment, String> {
}
