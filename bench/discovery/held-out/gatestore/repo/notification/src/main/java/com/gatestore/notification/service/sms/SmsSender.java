package com.gatestore.notification.service.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

public interface SmsSender {
    void send(String to, String body);

    /** Default sender: writes the message to the log. Selected by application.sms.provider=log. */
    @Component
    @ConditionalOnProperty(prefix = "application.sms", name = "provider", havingValue = "log", matchIfMissing = true)
    class LoggingSmsSender implements SmsSender {

        private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

        @Override
        public void send(String to, String body) {
            log.info("SMS to {}: {}", to, body);
        }
    }
}
