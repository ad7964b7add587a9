package com.steeped.entities;

/** A product; prices are in cents to avoid floating point money. */
public class Product {
  private long id;
  private long categoryId;
  private String name;
  private String description;
  private long listPriceInCents;

  public Product() {
  }

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public long getCategoryId() { return categoryId; }
  public void setCategoryId(long categoryId) { this.categoryId = categoryId; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public long getListPriceInCents() { return listPriceInCents; }
  public void setListPriceInCents(long p) { this.listPriceInCents = p; }
}
