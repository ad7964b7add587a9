package io.driftwood.counter.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "line_items")
public class LineItem extends PanacheEntityBase {

    public enum Station { BARISTA, KITCHEN }

    public enum Status { IN_PROGRESS, FULFILLED }

    @Id
    public String id = UUID.randomUUID().toString();

    @ManyToOne
    @JoinColumn(name = "order_id")
    public Order order;

    @Enumerated(EnumType.STRING)
    public Station station;

    public String item;

    public String name;

    public BigDecimal price;

    @Enumerated(EnumType.STRING)
    public Status status = Status.IN_PROGRESS;

    public static LineItem of(Station station, String item, String name, BigDecimal price) {
        LineItem li = new LineItem();
        li.station = station;
        li.item = item;
        li.name = name;
        li.price = price;
        return li;
    }
}
