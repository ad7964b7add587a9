package com.steeped.entities;

/** A placed order. */
public class Order {
  private long id;
  private long userId;
  private String time;
  private long totalPriceInCents;
  private String addressName;
  private String address1;
  private String address2;
  private String creditCardCompany;
  private String creditCardNumber;
  private String creditCardExpiryDate;

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public long getUserId() { return userId; }
  public void setUserId(long userId) { this.userId = userId; }
  public String getTime() { return time; }
  public void setTime(String time) { this.time = time; }
  public long getTotalPriceInCents() { return totalPriceInCents; }
  public void setTotalPriceInCents(long t) { this.totalPriceInCents = t; }
  public String getAddressName() { return addressName; }
  public void setAddressName(String a) { this.addressName = a; }
  public String getAddress1() { return address1; }
  public void setAddress1(String a) { this.address1 = a; }
  public String getAddress2() { return address2; }
  public void setAddress2(String a) { this.address2 = a; }
  public String getCreditCardCompany() { return creditCardCompany; }
  public void setCreditCardCompany(String c) { this.creditCardCompany = c; }
  public String getCreditCardNumber() { return creditCardNumber; }
  public void setCreditCardNumber(String c) { this.creditCardNumber = c; }
  public String getCreditCardExpiryDate() { return creditCardExpiryDate; }
  public void setCreditCardExpiryDate(String c) { this.creditCardExpiryDate = c; }
}
