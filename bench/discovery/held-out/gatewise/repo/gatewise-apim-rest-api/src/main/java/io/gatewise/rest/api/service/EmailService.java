package io.gatewise.rest.api.service;

import freemarker.template.Configuration;
import freemarker.template.Template;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import java.io.File;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

@Service
public class EmailService {

    private final JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);
    private final boolean enabled;
    private final String from;
    private final String subjectFormat;

    public EmailService(@Value("${email.enabled:false}") boolean enabled,
                        @Value("${email.host:smtp.my.domain}") String host,
                        @Value("${email.port:587}") int port,
                        @Value("${email.username:}") String username,
                        @Value("${email.password:}") String password,
                        @Value("${email.from:noreply@my.domain}") String from,
                        @Value("${email.subject:[Gatewise] %s}") String subjectFormat,
                        @Value("${email.properties.auth:false}") String auth,
                        @Value("${email.properties.starttls.enable:false}") String starttls,
                        @Value("${email.templates.path:templates}") String templatesPath) throws Exception {
        this.enabled = enabled;
        this.from = from;
        this.subjectFormat = subjectFormat;
        mailSender.setHost(host);
        mailSender.setPort(port);
        if (!username.isEmpty()) {
            mailSender.setUsername(username);
            mailSender.setPassword(password);
        }
        Properties props = mailSender.getJavaMailProperties();
        props.put("mail.smtp.auth", auth);
        props.put("mail.smtp.starttls.enable", starttls);
        freemarker.setDirectoryForTemplateLoading(new File(templatesPath));
    }

    public CompletableFuture<Void> sendAsync(String template, String to, String subject, Map<String, Object> model) {
        if (!enabled) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                Template tpl = freemarker.getTemplate(template);
                StringWriter body = new StringWriter();
                tpl.process(model, body);
                MimeMessage message = mailSender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(to);
                helper.setSubject(String.format(subjectFormat, subject));
                helper.setText(body.toString(), true);
                mailSender.send(message);
            } catch (Exception e) {
                throw new IllegalStateException("Unable to send email to " + to, e);
            }
        });
    }
}
