package com.fernwick.customers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Customer {

    public enum Standing { GOOD, CREDIT_HOLD, BLOCKED }

    @Id
    private String id;
    private String name;
    private String email;

    @Enumerated(EnumType.STRING)
    private Standing standing = Standing.GOOD;

    public String getId() { return id; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public Standing getStanding() { return standing; }
}
