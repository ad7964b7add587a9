package io.platewise.eats.orderservice.domain;

import javax.persistence.*;
import java.util.List;

/**
 * Local replica of a restaurant's menu, kept up to date from Restaurant domain events.
 */
@Entity
@Table(name = "order_service_restaurants")
@Access(AccessType.FIELD)
public class Restaurant {

  @Id
  private Long id;

  private String name;

  @ElementCollection
  @CollectionTable(name = "order_service_restaurant_menu_items")
  private List<MenuItem> menuItems;

  private Restaurant() {
  }

  public Restaurant(long id, String name, List<MenuItem> menuItems) {
    this.id = id;
    this.name = name;
    this.menuItems = menuItems;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public List<MenuItem> getMenuItems() { return menuItems; }

  @Embeddable
  public static class MenuItem {
    public String id;
    public String name;
    public String price;
  }
}
