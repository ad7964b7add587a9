package io.driftwood.counter.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "orders")
public class Order extends PanacheEntityBase {

    public enum Status { PLACED, IN_PROGRESS, FULFILLED }

    @Id
    public String id;

    @Column(name = "order_source")
    public String orderSource;

    @Column(name = "store_id")
    public String storeId;

    @Column(name = "loyalty_member_id")
    public String loyaltyMemberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_status")
    public Status orderStatus = Status.PLACED;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<LineItem> lineItems = new ArrayList<>();

    public void addLineItem(LineItem lineItem) {
        lineItem.order = this;
        lineItems.add(lineItem);
    }

    public boolean allFulfilled() {
        return lineItems.stream().allMatch(li -> li.status == LineItem.Status.FULFILLED);
    }
}
