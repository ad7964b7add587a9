package io.tidewater.store.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "inventory")
@Cacheable
public class Inventory extends PanacheEntity {

    @Column(name = "itemId", unique = true)
    public String itemId;

    public String location;

    public int quantity;

    public String link;

    public static Inventory findByItemId(String itemId) {
        return find("itemId", itemId).firstResult();
    }
}
