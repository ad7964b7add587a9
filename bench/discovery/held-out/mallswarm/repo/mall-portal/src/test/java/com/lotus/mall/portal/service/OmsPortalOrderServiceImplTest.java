package com.lotus.mall.portal.service;

import com.lotus.mall.common.service.RedisService;
import com.lotus.mall.mapper.OmsOrderMapper;
import com.lotus.mall.model.OmsOrder;
import com.lotus.mall.portal.component.CancelOrderSender;
import com.lotus.mall.portal.service.impl.OmsPortalOrderServiceImpl;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.*;

class OmsPortalOrderServiceImplTest {
    private final OmsOrderMapper orderMapper = mock(OmsOrderMapper.class);
    private final CancelOrderSender sender = mock(CancelOrderSender.class);
    private final RedisService redis = mock(RedisService.class);

    private OmsPortalOrderServiceImpl service(boolean autoCancel) {
        return new OmsPortalOrderServiceImpl(orderMapper, sender, redis, autoCancel, "mall", "oms:orderId");
    }

    @Test
    void newOrderSchedulesCancellation() {
        when(redis.incr(anyString(), eq(1L))).thenReturn(3L);
        OmsOrder order = service(true).generateOrder(1L, "alice", new BigDecimal("9.90"));
        assertTrue(order.getOrderSn().endsWith("000003"));
        verify(sender).sendMessage(any(), eq(3_600_000L));
    }

    @Test
    void flagOffSkipsCancellation() {
        when(redis.incr(anyString(), eq(1L))).thenReturn(1L);
        service(false).generateOrder(1L, "alice", BigDecimal.ONE);
        verifyNoInteractions(sender);
    }

    @Test
    void cancelClosesPendingOrder() {
        OmsOrder order = new OmsOrder();
        order.setId(5L);
        order.setStatus(0);
        when(orderMapper.selectByPrimaryKey(5L)).thenReturn(order);
        service(true).cancelOrder(5L);
        assertEquals(4, order.getStatus());
        verify(orderMapper).updateByPrimaryKeySelective(order);
    }
}
