package com.socksemporium.orders.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "endpoints")
public class EndpointsProperties {
    private String user;
    private String carts;
    private String payment;
    private String shipping;

    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public String getCarts() { return carts; }
    public void setCarts(String carts) { this.carts = carts; }
    public String getPayment() { return payment; }
    public void setPayment(String payment) { this.payment = payment; }
    public String getShipping() { return shipping; }
    public void setShipping(String shipping) { this.shipping = shipping; }
}
