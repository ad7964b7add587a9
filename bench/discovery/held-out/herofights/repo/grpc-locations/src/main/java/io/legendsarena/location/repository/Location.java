package io.legendsarena.location.repository;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotEmpty;

@Entity
@Table(name = "locations")
public class Location {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotEmpty
  @Column(nullable = false, unique = true)
  private String name;

  @Column(columnDefinition = "TEXT")
  private String description;

  private String picture;

  @Enumerated(EnumType.STRING)
  private LocationType type;

  public enum LocationType { PLANET, CITY, PLACE, ISLAND, COUNTRY, MOON }

  public Long getId() { return id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getPicture() { return picture; }
  public void setPicture(String picture) { this.picture = picture; }
  public LocationType getType() { return type; }
  public void setType(LocationType type) { this.type = type; }
}
