package io.legendsarena.heroes.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
@Table(name = "Hero")
public class Hero {
  @Id
  @GeneratedValue
  private Long id;

  @NotNull
  @Size(min = 3, max = 50)
  private String name;

  private String otherName;

  @NotNull
  private int level;

  private String picture;

  @Column(columnDefinition = "TEXT")
  private String powers;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getOtherName() { return otherName; }
  public void setOtherName(String otherName) { this.otherName = otherName; }
  public int getLevel() { return level; }
  public void setLevel(int level) { this.level = level; }
  public String getPicture() { return picture; }
  public void setPicture(String picture) { this.picture = picture; }
  public String getPowers() { return powers; }
  public void setPowers(String powers) { this.powers = powers; }
}
