package com.lotus.mall.portal.component;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.MessagePostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class CancelOrderSenderTest {
    @Test
    void publishesToTtlExchange() {
        AmqpTemplate template = mock(AmqpTemplate.class);
        new CancelOrderSender(template).sendMessage(42L, 1000);
        verify(template).convertAndSend(eq("mall.order.direct.ttl"), eq("mall.order.cancel.ttl"), eq(42L),
                any(MessagePostProcessor.class));
    }
}
