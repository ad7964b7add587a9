package com.coinbox.notification.service;

import com.coinbox.notification.domain.NotificationType;
import com.coinbox.notification.domain.Recipient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit4.SpringRunner;

import static org.junit.Assert.assertEquals;

/** Sends through a local GreenMail SMTP server (see src/test/resources/application.yml). */
@RunWith(SpringRunner.class)
@SpringBootTest
public class EmailServiceImplTest {

	private GreenMail smtp;

	@Autowired
	private EmailService emailService;

	@Before
	public void startSmtp() {
		smtp = new GreenMail(ServerSetupTest.SMTP);
		smtp.start();
	}

	@After
	public void stopSmtp() {
		smtp.stop();
	}

	@Test
	public void shouldSendRemindEmail() throws Exception {
		Recipient recipient = new Recipient();
		recipient.setAccountName("test");
		recipient.setEmail("test@test.com");

		emailService.send(NotificationType.REMIND, recipient, null);

		assertEquals(1, smtp.getReceivedMessages().length);
	}
}
