package io.platewise.eats.restaurantservice.api;

import io.eventuate.tram.events.common.DomainEvent;
import io.platewise.eats.common.Address;

import java.util.List;

public class RestaurantCreated implements DomainEvent {

  private String name;
  private Address address;
  private List<MenuItem> menuItems;

  private RestaurantCreated() {
  }

  public RestaurantCreated(String name, Address address, List<MenuItem> menuItems) {
    this.name = name;
    this.address = address;
    this.menuItems = menuItems;
  }

  public String getName() { return name; }
  public Address getAddress() { return address; }
  public List<MenuItem> getMenuItems() { return menuItems; }

  public static class MenuItem {
    public String id;
    public String name;
    public String price;
  }
}
