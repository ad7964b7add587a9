package com.coinbox.notification.service;

public interface NotificationService {

	void sendBackupNotifications();

	void sendRemindNotifications();
}
