package com.sagaflow.stock.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "products")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int availableItems;
    private int reservedItems;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String name, int availableItems) {
        this.name = name;
        this.availableItems = availableItems;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getAvailableItems() { return availableItems; }
    public void setAvailableItems(int availableItems) { this.availableItems = availableItems; }
    public int getReservedItems() { return reservedItems; }
    public void setReservedItems(int reservedItems) { this.reservedItems = reservedItems; }
    public long getVersion() { return version; }
}
