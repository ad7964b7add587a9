package com.ewolff.microservice.invoicing;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;

import com.fasterxml.jackson.annotation.JsonProperty;

@Entity
public class Invoice {

	@Id
	@JsonProperty("id")
	private long id;

	@ManyToOne(cascade = CascadeType.ALL)
	private Customer customer;

	private Date updated;

	@Embedded
	private Address shippingAddress = new Address();

	@OneToMany(cascade = CascadeType.ALL)
	@JsonProperty("orderLine")
	private List<InvoiceLine> invoiceLine = new ArrayList<>();

	public Invoice() {
	}

	public long getId() {
		return id;
	}

	public void setId(long id) {
		this.id = id;
	}

	public Customer getCustomer() {
		return customer;
	}

	public void setCustomer(Customer customer) {
		this.customer = customer;
	}

	public Date getUpdated() {
		return updated;
	}

	public void setUpdated(Date updated) {
		this.updated = updated;
	}

	public Address getShippingAddress() {
		return shippingAddress;
	}

	public void setShippingAddress(Address shippingAddress) {
		this.shippingAddress = shippingAddress;
	}

	public List<InvoiceLine> getInvoiceLine() {
		return invoiceLine;
	}

	public int getNumberOfLines() {
		return invoiceLine.size();
	}

	public double totalAmount() {
		return invoiceLine.stream().mapToDouble(l -> l.getCount() * l.getItem().getPrice()).sum();
	}

}
