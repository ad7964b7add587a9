package com.lotus.mall.portal.service;

import com.lotus.mall.model.OmsOrder;

import java.math.BigDecimal;

public interface OmsPortalOrderService {
    OmsOrder generateOrder(Long memberId, String memberUsername, BigDecimal totalAmount);

    void paySuccess(Long orderId, Integer payType);

    void cancelOrder(Long orderId);

    void sendDelayMessageCancelOrder(Long orderId);
}
