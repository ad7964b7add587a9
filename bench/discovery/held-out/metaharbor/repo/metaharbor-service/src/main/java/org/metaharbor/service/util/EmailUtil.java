package org.metaharbor.service.util;

import lombok.extern.slf4j.Slf4j;
import org.metaharbor.service.config.SmtpSettings;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;

/** Sends password-reset, invite and alert e-mails when email.enableSmtpServer is true. */
@Slf4j
public final class EmailUtil {
  public static final String PASSWORD_RESET_SUBJECT = "%s: Reset your Password";
  private static SmtpSettings smtpSettings;
  private static Mailer mailer;

  private EmailUtil() {}

  public static void initialize(SmtpSettings settings) {
    smtpSettings = settings;
    if (settings != null && Boolean.TRUE.equals(settings.getEnableSmtpServer())) {
      mailer = createMailer(settings);
    } else {
      LOG.info("SMTP server is disabled; e-mails will not be sent");
    }
  }

  private static Mailer createMailer(SmtpSettings smtpServerSettings) {
    TransportStrategy strategy =
        switch (smtpServerSettings.getTransportationStrategy()) {
          case SMTPS -> TransportStrategy.SMTPS;
          case SMTP_TLS -> TransportStrategy.SMTP_TLS;
          default -> TransportStrategy.SMTP;
        };
    String username = smtpServerSettings.getUsername();
    String password = smtpServerSettings.getPassword();
    return MailerBuilder.withSMTPServer(
            smtpServerSettings.getServerEndpoint(),
            smtpServerSettings.getServerPort(),
            username == null || username.isEmpty() ? null : username,
            password == null || password.isEmpty() ? null : password)
        .withTransportStrategy(strategy)
        .buildMailer();
  }

  public static void sendMail(String subject, String to, String content) {
    if (mailer == null) {
      return;
    }
    Email email =
        EmailBuilder.startingBlank()
            .withSubject(subject)
            .from(smtpSettings.getSenderMail())
            .to(to)
            .withHTMLText(content)
            .buildEmail();
    mailer.sendMail(email, true);
  }

  public static void sendPasswordResetLink(String userName, String to, String resetLink) {
    sendMail(String.format(PASSWORD_RESET_SUBJECT, smtpSettings.getEmailingEntity()), to,
        "<p>Hi " + userName + ", reset your password: <a href=\"" + resetLink + "\">link</a></p>");
  }
}
