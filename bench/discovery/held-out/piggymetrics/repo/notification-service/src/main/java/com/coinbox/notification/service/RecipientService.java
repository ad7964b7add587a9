package com.coinbox.notification.service;

import com.coinbox.notification.domain.NotificationType;
import com.coinbox.notification.domain.Recipient;

import java.util.List;

public interface RecipientService {

	Recipient findByAccountName(String accountName);

	List<Recipient> findReadyToNotify(NotificationType type);

	Recipient save(String accountName, Recipient recipient);

	void markNotified(NotificationType type, Recipient recipient);
}
