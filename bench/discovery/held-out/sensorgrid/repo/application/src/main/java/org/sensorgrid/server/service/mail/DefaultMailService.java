/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.service.mail;

import com.fasterxml.jackson.databind.JsonNode;
import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.server.common.data.AdminSettings;
import org.sensorgrid.server.common.data.id.TenantId;
import org.sensorgrid.server.dao.settings.AdminSettingsService;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

import java.util.Properties;

/**
 * System mail sender. SMTP host, port and credentials are loaded from the "mail" admin settings that
 * the system administrator edits in the UI; the installer seeds them with placeholder values.
 */
@Service
@Slf4j
public class DefaultMailService {

    private final AdminSettingsService adminSettingsService;
    private JavaMailSenderImpl mailSender;
    private String mailFrom;

    public DefaultMailService(AdminSettingsService adminSettingsService) {
        this.adminSettingsService = adminSettingsService;
    }

    public void updateMailConfiguration() {
        AdminSettings settings = adminSettingsService.findAdminSettingsByKey(TenantId.SYS_TENANT_ID, "mail");
        if (settings == null) {
            throw new IncorrectParameterException("Failed to update mail configuration. Settings not found!");
        }
        JsonNode jsonConfig = settings.getJsonValue();
        mailSender = createMailSender(jsonConfig);
        mailFrom = jsonConfig.get("mailFrom").asText();
    }

    private JavaMailSenderImpl createMailSender(JsonNode jsonConfig) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(jsonConfig.get("smtpHost").asText());
        sender.setPort(jsonConfig.get("smtpPort").asInt());
        sender.setUsername(jsonConfig.get("username").asText());
        sender.setPassword(jsonConfig.get("password").asText());
        Properties props = new Properties();
        props.put("mail.transport.protocol", jsonConfig.get("smtpProtocol").asText());
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", jsonConfig.has("enableTls") ? jsonConfig.get("enableTls").asText() : "false");
        sender.setJavaMailProperties(props);
        return sender;
    }

    public void sendEmail(String email, String subject, String message) {
        var mimeMsg = mailSender.createMimeMessage();
        log.trace("Sending email [{}] to [{}] from [{}]", subject, email, mailFrom);
        mailSender.send(mimeMsg);
    }
}
