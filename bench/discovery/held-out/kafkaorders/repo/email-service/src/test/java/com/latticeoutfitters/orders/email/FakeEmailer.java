package com.latticeoutfitters.orders.email;

import java.util.ArrayList;
import java.util.List;

/** In-memory stand-in for SmtpEmailer. */
class FakeEmailer implements Emailer {
  final List<EmailTuple> sent = new ArrayList<>();

  @Override
  public void sendEmail(EmailTuple details) {
    sent.add(details);
  }
}
