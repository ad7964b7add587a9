package com.gatestore.notification.service.sms;

import com.gatestore.notification.config.ApplicationProperties;
import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sends SMS through api.twilio.com. Only active with application.sms.provider=twilio.
 */
@Component
@ConditionalOnProperty(prefix = "application.sms", name = "provider", havingValue = "twilio")
public class TwilioSmsSender implements SmsSender {

    private final ApplicationProperties.Sms sms;

    public TwilioSmsSender(ApplicationProperties properties) {
        this.sms = properties.getSms();
        Twilio.init(sms.getTwilio().getAccountSid(), sms.getTwilio().getAuthToken());
    }

    @Override
    public void send(String to, String body) {
        Message.creator(new PhoneNumber(to), new PhoneNumber(sms.getFromNumber()), body).create();
    }
}
