/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.service.sms;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.apache.commons.lang3.StringUtils;
import org.sensorgrid.rule.engine.api.sms.exception.SmsException;
import org.sensorgrid.server.common.data.sms.config.TwilioSmsProviderConfiguration;

/**
 * Created by SmsSenderFactory from the SMS provider settings that the system administrator saves in
 * the "sms" admin settings (database). Nothing here is configured by deployment files.
 */
public class TwilioSmsSender extends AbstractSmsSender {

    private final TwilioRestClient twilioRestClient;
    private final String numberFrom;

    public TwilioSmsSender(TwilioSmsProviderConfiguration config) {
        if (StringUtils.isEmpty(config.getAccountSid()) || StringUtils.isEmpty(config.getAccountToken()) || StringUtils.isEmpty(config.getNumberFrom())) {
            throw new IllegalArgumentException("Invalid twilio sms provider configuration: accountSid, accountToken and numberFrom should be specified!");
        }
        this.numberFrom = validatePhoneTwilioNumber(config.getNumberFrom());
        this.twilioRestClient = new TwilioRestClient.Builder(config.getAccountSid(), config.getAccountToken()).build();
    }

    @Override
    public int sendSms(String numberTo, String message) throws SmsException {
        numberTo = this.validatePhoneNumber(numberTo);
        message = this.prepareMessage(message);
        try {
            String numSegments = Message.creator(new PhoneNumber(numberTo), new PhoneNumber(this.numberFrom), message)
                    .create(this.twilioRestClient).getNumSegments();
            return Integer.valueOf(numSegments);
        } catch (Exception e) {
            throw new SmsException(e.getMessage());
        }
    }

    @Override
    public void destroy() {
    }
}
