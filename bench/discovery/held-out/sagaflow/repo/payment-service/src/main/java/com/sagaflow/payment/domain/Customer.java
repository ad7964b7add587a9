package com.sagaflow.payment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "customers")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int amountAvailable;
    private int amountReserved;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String name, int amountAvailable) {
        this.name = name;
        this.amountAvailable = amountAvailable;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getAmountAvailable() { return amountAvailable; }
    public void setAmountAvailable(int amountAvailable) { this.amountAvailable = amountAvailable; }
    public int getAmountReserved() { return amountReserved; }
    public void setAmountReserved(int amountReserved) { this.amountReserved = amountReserved; }
    public long getVersion() { return version; }
}
