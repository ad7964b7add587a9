package io.hearthmart.order.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class OrderItem {

  @Id
  @GeneratedValue
  private Long id;
  private String articleId;
  private int amount;

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getArticleId() { return articleId; }
  public void setArticleId(String articleId) { this.articleId = articleId; }
  public int getAmount() { return amount; }
  public void setAmount(int amount) { this.amount = amount; }
}
