package com.ewolff.microservice.invoicing;

import javax.persistence.Entity;
import javax.persistence.Id;

@Entity
public class Customer {

	@Id
	private long customerId;

	private String name;

	private String firstname;

	private String email;

	public Customer() {
	}

	public Customer(long customerId, String firstname, String name, String email) {
		this.customerId = customerId;
		this.firstname = firstname;
		this.name = name;
		this.email = email;
	}

	public long getCustomerId() {
		return customerId;
	}

	public void setCustomerId(long customerId) {
		this.customerId = customerId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFirstname() {
		return firstname;
	}

	public void setFirstname(String firstname) {
		this.firstname = firstname;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
