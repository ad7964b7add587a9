package io.tidemark.order.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "purchaseorder")
public class PurchaseOrder extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "purchaseorder_ids")
    @SequenceGenerator(name = "purchaseorder_ids", sequenceName = "seq_purchaseorder", allocationSize = 1)
    public Long id;

    public String customerId;

    public LocalDateTime orderDate;

    @OneToMany(cascade = CascadeType.ALL, mappedBy = "purchaseOrder", fetch = FetchType.EAGER)
    public List<OrderLine> lineItems = new ArrayList<>();

    public PurchaseOrder() {
    }

    public PurchaseOrder(String customerId, LocalDateTime orderDate, List<OrderLine> lines) {
        this.customerId = customerId;
        this.orderDate = orderDate;
        for (OrderLine line : lines) {
            line.purchaseOrder = this;
            lineItems.add(line);
        }
    }

    public BigDecimal totalValue() {
        return lineItems.stream()
                .filter(l -> l.status != OrderLineStatus.CANCELLED)
                .map(l -> l.totalPrice)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public OrderLineStatus updateOrderLine(long orderLineId, OrderLineStatus newStatus) {
        for (OrderLine line : lineItems) {
            if (line.id == orderLineId) {
                OrderLineStatus old = line.status;
                line.status = newStatus;
                return old;
            }
        }
        throw new EntityNotFoundException("Order " + id + " has no line " + orderLineId);
    }
}
