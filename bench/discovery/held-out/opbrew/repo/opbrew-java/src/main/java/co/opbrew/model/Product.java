package co.opbrew.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "products")
public class Product {
    @Id
    private Long id;
    private String sku;
    private String name;
    private Integer stock;
    @Column(name = "selling_price")
    private Integer sellingPrice;

    public Long getId() { return id; }
    public String getSku() { return sku; }
    public String getName() { return name; }
    public Integer getStock() { return stock; }
    public Integer getSellingPrice() { return sellingPrice; }
}
