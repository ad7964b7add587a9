package com.ewolff.microservice.order.customer;

import javax.annotation.PostConstruct;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

@Component
public class CustomerTestDataGenerator {

	private final CustomerRepository customerRepository;

	@Autowired
	public CustomerTestDataGenerator(CustomerRepository customerRepository) {
		this.customerRepository = customerRepository;
	}

	@PostConstruct
	public void generateTestData() {
		if (customerRepository.count() == 0) {
			customerRepository.save(new Customer("Eberhard", "Wolff", "eberhard.wolff@example.com"));
			customerRepository.save(new Customer("Rod", "Johnson", "rod@example.com"));
		}
	}

}
