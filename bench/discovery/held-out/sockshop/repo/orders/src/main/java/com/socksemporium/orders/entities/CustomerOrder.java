package com.socksemporium.orders.entities;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(collection = "customerOrders")
public class CustomerOrder {
    @Id
    private String id;
    private String customerId;
    private Map<String, Object> customer;
    private Map<String, Object> address;
    private Map<String, Object> card;
    private List<Map<String, Object>> items;
    private Map<String, Object> shipment;
    private Date date = new Date();
    private float total;

    public String getId() { return id; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public Map<String, Object> getCustomer() { return customer; }
    public void setCustomer(Map<String, Object> customer) { this.customer = customer; }
    public Map<String, Object> getAddress() { return address; }
    public void setAddress(Map<String, Object> address) { this.address = address; }
    public Map<String, Object> getCard() { return card; }
    public void setCard(Map<String, Object> card) { this.card = card; }
    public List<Map<String, Object>> getItems() { return items; }
    public void setItems(List<Map<String, Object>> items) { this.items = items; }
    public Map<String, Object> getShipment() { return shipment; }
    public void setShipment(Map<String, Object> shipment) { this.shipment = shipment; }
    public Date getDate() { return date; }
    public float getTotal() { return total; }
    public void setTotal(float total) { this.total = total; }
}
