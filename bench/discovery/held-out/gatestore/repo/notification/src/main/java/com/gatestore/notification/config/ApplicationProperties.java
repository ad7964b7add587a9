package com.gatestore.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Properties specific to Notification, configured under {@code application.*}.
 */
@ConfigurationProperties(prefix = "application", ignoreUnknownFields = false)
public class ApplicationProperties {

    private final Sms sms = new Sms();

    public Sms getSms() {
        return sms;
    }

    public static class Sms {

        /** "log" (default, writes the SMS to the application log) or "twilio". */
        private String provider = "log";
        private String fromNumber;
        private final Twilio twilio = new Twilio();

        public String getProvider() { return provider; }
        public void setProvider(String provider) { this.provider = provider; }
        public String getFromNumber() { return fromNumber; }
        public void setFromNumber(String fromNumber) { this.fromNumber = fromNumber; }
        public Twilio getTwilio() { return twilio; }
    }

    public static class Twilio {

        private String accountSid;
        private String authToken;

        public String getAccountSid() { return accountSid; }
        public void setAccountSid(String accountSid) { this.accountSid = accountSid; }
        public String getAuthToken() { return authToken; }
        public void setAuthToken(String authToken) { this.authToken = authToken; }
    }
}
