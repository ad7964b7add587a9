package io.hearthmart.checkout.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public class Order {

  private String orderId = "hm-" + UUID.randomUUID();
  private Customer customer;
  private List<Item> items = new ArrayList<>();

  public void addItem(String articleId, int amount) {
    // keep one line per article
    for (Item item : items) {
      if (item.getArticleId().equals(articleId)) {
        item.setAmount(item.getAmount() + amount);
        return;
      }
    }
    items.add(new Item(articleId, amount));
  }

  public long totalCents() {
    return items.stream().mapToLong(i -> (long) i.getAmount() * 1999).sum();
  }

  public String getOrderId() { return orderId; }
  public void setOrderId(String orderId) { this.orderId = orderId; }
  public Customer getCustomer() { return customer; }
  public void setCustomer(Customer customer) { this.customer = customer; }
  public List<Item> getItems() { return items; }
  public void setItems(List<Item> items) { this.items = items; }
}
