package com.latticeoutfitters.orders.email;

/** Sends the order confirmation. Implementations: {@link SmtpEmailer}, {@link LoggingEmailer}. */
public interface Emailer {
  void sendEmail(EmailTuple details);
}
