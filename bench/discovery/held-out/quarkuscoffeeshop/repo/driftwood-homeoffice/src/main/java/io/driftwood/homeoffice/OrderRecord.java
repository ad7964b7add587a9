package io.driftwood.homeoffice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "order_records")
public class OrderRecord extends PanacheEntityBase {

    @Id
    public String orderId;

    public String storeId;

    public String source;

    public String status;

    public int itemCount;

    public BigDecimal total;

    public Instant createdAt;

    public Instant fulfilledAt;

    public static List<OrderRecord> forStore(String storeId) {
        return list("storeId", storeId);
    }
}
