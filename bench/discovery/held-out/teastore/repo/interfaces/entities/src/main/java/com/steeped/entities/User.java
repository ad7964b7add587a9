package com.steeped.entities;

/** A shop user. The password is a BCrypt hash, never plain text. */
public class User {
  private long id;
  private String userName;
  private String password;
  private String realName;
  private String email;

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public String getUserName() { return userName; }
  public void setUserName(String userName) { this.userName = userName; }
  public String getPassword() { return password; }
  public void setPassword(String password) { this.password = password; }
  public String getRealName() { return realName; }
  public void setRealName(String realName) { this.realName = realName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
}
