package io.platewise.eats.restaurantservice.domain;

import io.platewise.eats.common.Address;
import io.platewise.eats.restaurantservice.api.RestaurantCreated;

import javax.persistence.*;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "restaurants")
@Access(AccessType.FIELD)
public class Restaurant {

  @Id
  @GeneratedValue
  private Long id;

  private String name;

  @Embedded
  private Address address;

  @ElementCollection
  @CollectionTable(name = "restaurant_menu_items")
  private List<MenuItem> menuItems = new ArrayList<>();

  private Restaurant() {
  }

  public Restaurant(String name, Address address, List<MenuItem> menuItems) {
    this.name = name;
    this.address = address;
    this.menuItems = menuItems;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public Address getAddress() { return address; }
  public List<MenuItem> getMenuItems() { return menuItems; }

  public RestaurantCreated makeCreatedEvent() {
    List<RestaurantCreated.MenuItem> items = new ArrayList<>();
    for (MenuItem mi : menuItems) {
      RestaurantCreated.MenuItem item = new RestaurantCreated.MenuItem();
      item.id = mi.id;
      item.name = mi.name;
      item.price = mi.price;
      items.add(item);
    }
    return new RestaurantCreated(name, address, items);
  }

  @Embeddable
  public static class MenuItem {
    public String id;
    public String name;
    public String price;
  }
}
