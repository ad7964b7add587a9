package com.brightlane.api.core.recommendation;

public class Recommendation {
  private int productId;
  private int recommendationId;
  private String author;
  private int rate;
  private String content;
  private String serviceAddress;

  public Recommendation() {}

  public Recommendation(int productId, int recommendationId, String author, int rate, String content, String serviceAddress) {
    this.productId = productId;
    this.recommendationId = recommendationId;
    this.author = author;
    this.rate = rate;
    this.content = content;
    this.serviceAddress = serviceAddress;
  }

  public int getProductId() { return productId; }
  public int getRecommendationId() { return recommendationId; }
  public String getAuthor() { return author; }
  public int getRate() { return rate; }
  public String getContent() { return content; }
  public String getServiceAddress() { return serviceAddress; }
  public void setServiceAddress(String serviceAddress) { this.serviceAddress = serviceAddress; }
}
