package com.latticeoutfitters.orders.email;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Used when EMAIL_DRY_RUN=true: logs instead of sending. */
public class LoggingEmailer implements Emailer {
  private static final Logger log = LoggerFactory.getLogger(LoggingEmailer.class);

  @Override
  public void sendEmail(EmailTuple details) {
    log.info("[dry-run] would email customer {} about order {}: {}",
        details.customer == null ? "?" : details.customer.getId(), details.order.getId(), details.subject());
  }
}
