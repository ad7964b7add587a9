package com.latticeoutfitters.orders.email;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Properties;

/**
 * Delivers confirmations over SMTP. Locally that is Mailpit (compose service `mailpit`, web UI on
 * :8025); in the cluster it is Postmark's SMTP endpoint with a server token as the credential.
 */
public class SmtpEmailer implements Emailer {

  private static final Logger log = LoggerFactory.getLogger(SmtpEmailer.class);

  private final Session session;
  private final String from;

  public SmtpEmailer(String host, int port, String username, String password, boolean startTls, String from) {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    boolean auth = username != null && !username.isBlank();
    props.put("mail.smtp.auth", Boolean.toString(auth));
    this.session = auth
        ? Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(username, password);
            }
          })
        : Session.getInstance(props);
    this.from = from;
  }

  @Override
  public void sendEmail(EmailTuple details) {
    if (details.customer == null || details.customer.getEmail() == null) {
      log.warn("no customer email for order {}, skipping", details.order.getId());
      return;
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(details.customer.getEmail()));
      message.setSubject(details.subject());
      message.setText(details.body());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("SMTP delivery failed for order " + details.order.getId(), e);
    }
  }
}
