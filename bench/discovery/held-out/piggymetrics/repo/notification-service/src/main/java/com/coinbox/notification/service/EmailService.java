package com.coinbox.notification.service;

import com.coinbox.notification.domain.NotificationType;
import com.coinbox.notification.domain.Recipient;

import javax.mail.MessagingException;
import java.io.IOException;

public interface EmailService {

	void send(NotificationType type, Recipient recipient, String attachment) throws MessagingException, IOException;
}
