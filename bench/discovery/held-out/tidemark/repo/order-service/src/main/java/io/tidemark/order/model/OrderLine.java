package io.tidemark.order.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "orderline")
public class OrderLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "orderline_ids")
    @SequenceGenerator(name = "orderline_ids", sequenceName = "seq_orderline", allocationSize = 1)
    public Long id;

    public String item;

    public int quantity;

    public BigDecimal totalPrice;

    @ManyToOne
    @JsonIgnore
    public PurchaseOrder purchaseOrder;

    @Enumerated(EnumType.STRING)
    public OrderLineStatus status = OrderLineStatus.ENTERED;

    public OrderLine() {
    }

    public OrderLine(String item, int quantity, BigDecimal totalPrice) {
        this.item = item;
        this.quantity = quantity;
        this.totalPrice = totalPrice;
    }
}
