package io.tidewater.store.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "product")
@Cacheable
public class Product extends PanacheEntityBase {

    @Id
    @Column(name = "itemId")
    public String itemId;

    public String name;

    @Column(length = 2000)
    public String description;

    public double price;

    public static Product findByItemId(String itemId) {
        return findById(itemId);
    }
}
