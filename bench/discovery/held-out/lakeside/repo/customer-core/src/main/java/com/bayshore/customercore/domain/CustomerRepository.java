package com.bayshore.customercore.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.security.SecureRandom;

public interface CustomerRepository extends JpaRepository<CustomerAggregateRoot, String> {

    String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    default String nextId() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
