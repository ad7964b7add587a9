package com.fernwick.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "stock_item")
public class StockItem {

    @Id
    private String sku;
    private String warehouse;
    private int onHand;
    private int reserved;

    @Version
    private long version;

    public String getSku() { return sku; }
    public String getWarehouse() { return warehouse; }
    public int getOnHand() { return onHand; }
    public int getReserved() { return reserved; }
    public int available() { return onHand - reserved; }

    public boolean reserve(int qty) {
        if (available() < qty) {
            return false;
        }
        reserved += qty;
        return true;
    }
}
