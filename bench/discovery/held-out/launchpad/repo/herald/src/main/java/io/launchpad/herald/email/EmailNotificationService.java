package io.launchpad.herald.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends notification emails through the SMTP relay configured under spring.mail. */
@Service
@ConditionalOnProperty("mail.enabled")
public class EmailNotificationService {
  private final JavaMailSender mailSender;
  private final String from;

  public EmailNotificationService(JavaMailSender mailSender, @Value("${mail.from}") String from) {
    this.mailSender = mailSender;
    this.from = from;
  }

  public void send(Collection<String> to, Collection<String> cc, String subject, String html)
      throws MessagingException {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(from);
    helper.setTo(to.toArray(String[]::new));
    if (cc != null && !cc.isEmpty()) {
      helper.setCc(cc.toArray(String[]::new));
    }
    helper.setSubject(subject);
    helper.setText(html, true);
    mailSender.send(message);
  }
}
