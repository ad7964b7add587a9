package com.steeped.entities;

/** A tea category, e.g. "Green Tea". */
public class Category {
  private long id;
  private String name;
  private String description;

  public Category() {
  }

  public Category(Category c) {
    this.id = c.id;
    this.name = c.name;
    this.description = c.description;
  }

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
}
