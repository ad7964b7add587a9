package com.lotus.mall.portal.service.impl;

import cn.hutool.core.date.DateUtil;
import com.lotus.mall.common.exception.ApiException;
import com.lotus.mall.common.service.RedisService;
import com.lotus.mall.mapper.OmsOrderMapper;
import com.lotus.mall.model.OmsOrder;
import com.lotus.mall.portal.component.CancelOrderSender;
import com.lotus.mall.portal.service.OmsPortalOrderService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Date;

@Service
public class OmsPortalOrderServiceImpl implements OmsPortalOrderService {
    static final int STATUS_PENDING_PAYMENT = 0;
    static final int STATUS_TO_SHIP = 1;
    static final int STATUS_CLOSED = 4;

    private final OmsOrderMapper orderMapper;
    private final CancelOrderSender cancelOrderSender;
    private final RedisService redisService;
    private final boolean autoCancelEnabled;
    private final String redisDatabase;
    private final String redisKeyOrderId;

    public OmsPortalOrderServiceImpl(OmsOrderMapper orderMapper, CancelOrderSender cancelOrderSender,
                                     RedisService redisService,
                                     @Value("${mall.order.auto-cancel.enabled:true}") boolean autoCancelEnabled,
                                     @Value("${redis.database}") String redisDatabase,
                                     @Value("${redis.key.orderId}") String redisKeyOrderId) {
        this.orderMapper = orderMapper;
        this.cancelOrderSender = cancelOrderSender;
        this.redisService = redisService;
        this.autoCancelEnabled = autoCancelEnabled;
        this.redisDatabase = redisDatabase;
        this.redisKeyOrderId = redisKeyOrderId;
    }

    @Override
    @Transactional
    public OmsOrder generateOrder(Long memberId, String memberUsername, BigDecimal totalAmount) {
        if (totalAmount == null || totalAmount.signum() <= 0) {
            throw new ApiException("empty order");
        }
        OmsOrder order = new OmsOrder();
        order.setMemberId(memberId);
        order.setMemberUsername(memberUsername);
        order.setTotalAmount(totalAmount);
        order.setPayAmount(totalAmount);
        order.setStatus(STATUS_PENDING_PAYMENT);
        order.setCreateTime(new Date());
        order.setOrderSn(generateOrderSn());
        orderMapper.insert(order);
        if (autoCancelEnabled) {
            sendDelayMessageCancelOrder(order.getId());
        }
        return order;
    }

    /** yyyyMMdd + 6 digit daily sequence from Redis INCR */
    private String generateOrderSn() {
        String date = DateUtil.format(new Date(), "yyyyMMdd");
        String key = redisDatabase + ":" + redisKeyOrderId + date;
        Long increment = redisService.incr(key, 1);
        return date + String.format("%06d", increment);
    }

    @Override
    public void paySuccess(Long orderId, Integer payType) {
        OmsOrder order = orderMapper.selectByPrimaryKey(orderId);
        if (order == null || order.getStatus() != STATUS_PENDING_PAYMENT) {
            return;
        }
        order.setStatus(STATUS_TO_SHIP);
        order.setPaymentTime(new Date());
        order.setPayType(payType);
        orderMapper.updateByPrimaryKeySelective(order);
    }

    @Override
    public void cancelOrder(Long orderId) {
        OmsOrder order = orderMapper.selectByPrimaryKey(orderId);
        if (order != null && order.getStatus() == STATUS_PENDING_PAYMENT) {
            order.setStatus(STATUS_CLOSED);
            orderMapper.updateByPrimaryKeySelective(order);
            // TODO release locked stock and coupons
        }
    }

    @Override
    public void sendDelayMessageCancelOrder(Long orderId) {
        // normal_order_overtime from oms_order_setting, in minutes
        long delayTimes = 60L * 60 * 1000;
        cancelOrderSender.sendMessage(orderId, delayTimes);
    }
}
