package com.steeped.persistence.repository;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import com.steeped.entities.Product;

@Entity
@Table(name = "product", indexes = @Index(columnList = "categoryId"))
public class PersistentProduct {
  @Id
  @GeneratedValue
  private long id;
  private long categoryId;
  private String name;
  private String description;
  private long listPriceInCents;

  public Product toProduct() {
    Product p = new Product();
    p.setId(id);
    p.setCategoryId(categoryId);
    p.setName(name);
    p.setDescription(description);
    p.setListPriceInCents(listPriceInCents);
    return p;
  }

  public void setCategoryId(long categoryId) { this.categoryId = categoryId; }
  public void setName(String name) { this.name = name; }
  public void setDescription(String d) { this.description = d; }
  public void setListPriceInCents(long p) { this.listPriceInCents = p; }
}
