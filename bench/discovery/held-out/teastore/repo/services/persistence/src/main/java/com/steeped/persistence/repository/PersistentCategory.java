package com.steeped.persistence.repository;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

import com.steeped.entities.Category;

@Entity
@Table(name = "category")
public class PersistentCategory {
  @Id
  @GeneratedValue
  private long id;
  private String name;
  private String description;

  public Category toCategory() {
    Category c = new Category();
    c.setId(id);
    c.setName(name);
    c.setDescription(description);
    return c;
  }

  public long getId() { return id; }
  public void setName(String name) { this.name = name; }
  public void setDescription(String description) { this.description = description; }
}
