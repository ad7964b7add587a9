package com.gatestore.notification.service;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import com.gatestore.notification.IntegrationTest;
import com.gatestore.notification.service.dto.OrderEventDTO;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.Session;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Integration tests for {@link MailService}; the JavaMailSender is mocked, no SMTP server is used.
 */
@IntegrationTest
class MailServiceIT {

    @MockBean
    private JavaMailSender javaMailSender;

    @Autowired
    private MailService mailService;

    @BeforeEach
    void setup() {
        when(javaMailSender.createMimeMessage()).thenReturn(new MimeMessage((Session) null));
    }

    @Test
    void testSendOrderEmail() {
        OrderEventDTO event = new OrderEventDTO("ORDER_SHIPPED", "ORD-77", new BigDecimal("10.00"), "john.doe@example.com");
        mailService.sendOrderEmail(event);
        verify(javaMailSender, timeout(2000)).send(any(MimeMessage.class));
    }
}
