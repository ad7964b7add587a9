package com.latticeoutfitters.orders.email;

import com.latticeoutfitters.orders.avro.Customer;
import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.Payment;

/** Result of joining an order with its payment and its customer. */
public final class EmailTuple {
  public final Order order;
  public final Payment payment;
  public Customer customer;

  public EmailTuple(Order order, Payment payment) {
    this.order = order;
    this.payment = payment;
  }

  public EmailTuple withCustomer(Customer customer) {
    this.customer = customer;
    return this;
  }

  public String subject() {
    return "Your Lattice Outfitters order " + order.getId() + " is confirmed";
  }

  public String body() {
    return String.format("Hi %s,%n%nThanks for your order of %d x %s. We received your payment of %.2f %s.%n"
            + "We'll let you know when it ships.%n%n-- Lattice Outfitters",
        customer == null ? "there" : customer.getFirstName(),
        order.getQuantity(), order.getProduct(), payment.getAmount(), payment.getCcy());
  }
}
