package io.tidemark.shipment.model;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "shipment")
public class Shipment extends PanacheEntity {

    public enum Status { PENDING, BOOKED, CANCELLED }

    public String customerId;
    public long orderId;
    public Instant orderDate;
    public String carrierShipmentId;
    public String trackingCode;

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    public static Shipment forOrder(long orderId) {
        return find("orderId", orderId).firstResult();
    }
}
