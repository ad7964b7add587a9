package io.hearthmart.checkout.domain;

public class Item {

  private String articleId;
  private int amount;

  public Item() {
  }

  public Item(String articleId, int amount) {
    this.articleId = articleId;
    this.amount = amount;
  }

  public String getArticleId() { return articleId; }
  public void setArticleId(String articleId) { this.articleId = articleId; }
  public int getAmount() { return amount; }
  public void setAmount(int amount) { this.amount = amount; }
}
