package com.bayshore.customercore.domain;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "customers")
public class CustomerAggregateRoot {

    @Id
    @Column(name = "customer_id")
    private String customerId;
    private String firstName;
    private String lastName;
    private LocalDate birthday;
    private String streetAddress;
    private String postalCode;
    private String city;
    private String email;
    private String phoneNumber;

    @ElementCollection
    @CollectionTable(name = "customer_moves", joinColumns = @JoinColumn(name = "customer_id"))
    private List<Address> moveHistory = new ArrayList<>();

    protected CustomerAggregateRoot() {
    }

    public CustomerAggregateRoot(String customerId, String firstName, String lastName, LocalDate birthday,
                                 Address address, String email, String phoneNumber) {
        this.customerId = customerId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthday = birthday;
        this.streetAddress = address.streetAddress();
        this.postalCode = address.postalCode();
        this.city = address.city();
        this.email = email;
        this.phoneNumber = phoneNumber;
    }

    /** Moving keeps the old address in the move history, so agents can see where a customer lived. */
    public void moveToAddress(Address newAddress) {
        Address current = currentAddress();
        if (current.equals(newAddress)) {
            return;
        }
        moveHistory.add(current);
        this.streetAddress = newAddress.streetAddress();
        this.postalCode = newAddress.postalCode();
        this.city = newAddress.city();
    }

    public void updateProfile(String firstName, String lastName, LocalDate birthday, String email, String phoneNumber) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthday = birthday;
        this.email = email;
        this.phoneNumber = phoneNumber;
    }

    public boolean matches(String filter) {
        String f = filter.toLowerCase();
        return firstName.toLowerCase().contains(f) || lastName.toLowerCase().contains(f)
                || (email != null && email.toLowerCase().contains(f));
    }

    public Address currentAddress() { return new Address(streetAddress, postalCode, city); }
    public String getCustomerId() { return customerId; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public LocalDate getBirthday() { return birthday; }
    public String getEmail() { return email; }
    public String getPhoneNumber() { return phoneNumber; }
    public List<Address> getMoveHistory() { return moveHistory; }
}
