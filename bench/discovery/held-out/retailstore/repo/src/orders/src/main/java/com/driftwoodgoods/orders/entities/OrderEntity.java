package com.driftwoodgoods.orders.entities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

@Entity
@Table(name = "orders")
public class OrderEntity {

    @Id
    private String id;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(nullable = false)
    private String email;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_date", nullable = false)
    private Instant createdDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_items", joinColumns = @JoinColumn(name = "order_id"))
    private List<OrderItem> items = new ArrayList<>();

    @Embeddable
    public record OrderItem(@Column(name = "product_id") String productId,
                            int quantity,
                            @Column(name = "unit_cost") int unitCost) {}

    protected OrderEntity() {}

    public OrderEntity(String id, String customerId, String email, String firstName, String lastName,
                       List<OrderItem> items) {
        this.id = id;
        this.customerId = customerId;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.items = new ArrayList<>(items);
        this.status = "CREATED";
        this.createdDate = Instant.now();
    }

    public String getId() { return id; }
    public String getCustomerId() { return customerId; }
    public String getEmail() { return email; }
    public String getStatus() { return status; }
    public Instant getCreatedDate() { return createdDate; }
    public List<OrderItem> getItems() { return items; }

    public int total() {
        return items.stream().mapToInt(i -> i.quantity() * i.unitCost()).sum();
    }
}
