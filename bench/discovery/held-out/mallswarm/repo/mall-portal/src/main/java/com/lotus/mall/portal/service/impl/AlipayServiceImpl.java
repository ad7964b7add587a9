package com.lotus.mall.portal.service.impl;

import cn.hutool.json.JSONObject;
import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayTradePagePayRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.response.AlipayTradeQueryResponse;
import com.lotus.mall.portal.config.AlipayConfig;
import com.lotus.mall.portal.service.OmsPortalOrderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Map;

@Service
public class AlipayServiceImpl {
    private static final Logger LOGGER = LoggerFactory.getLogger(AlipayServiceImpl.class);
    static final int PAY_TYPE_ALIPAY = 1;

    private final AlipayConfig alipayConfig;
    private final AlipayClient alipayClient;
    private final OmsPortalOrderService orderService;

    public AlipayServiceImpl(AlipayConfig alipayConfig, AlipayClient alipayClient, OmsPortalOrderService orderService) {
        this.alipayConfig = alipayConfig;
        this.alipayClient = alipayClient;
        this.orderService = orderService;
    }

    /** Builds the auto-submitting HTML form that sends the browser to the Alipay cashier. */
    public String pay(String outTradeNo, String subject, String totalAmount) {
        AlipayTradePagePayRequest request = new AlipayTradePagePayRequest();
        request.setNotifyUrl(alipayConfig.getNotifyUrl());
        request.setReturnUrl(alipayConfig.getReturnUrl());
        JSONObject bizContent = new JSONObject();
        bizContent.set("out_trade_no", outTradeNo);
        bizContent.set("total_amount", totalAmount);
        bizContent.set("subject", subject);
        bizContent.set("product_code", "FAST_INSTANT_TRADE_PAY");
        request.setBizContent(bizContent.toString());
        try {
            return alipayClient.pageExecute(request).getBody();
        } catch (AlipayApiException e) {
            LOGGER.error("alipay pay failed", e);
            return null;
        }
    }

    /** Async notification sent by Alipay to /alipay/notify. */
    public String notify(Map<String, String> params) {
        try {
            boolean signVerified = AlipaySignature.rsaCheckV1(params, alipayConfig.getAlipayPublicKey(),
                    alipayConfig.getCharset(), alipayConfig.getSignType());
            if (!signVerified) {
                return "failure";
            }
            if ("TRADE_SUCCESS".equals(params.get("trade_status"))) {
                orderService.paySuccess(Long.valueOf(params.get("out_trade_no")), PAY_TYPE_ALIPAY);
            }
            return "success";
        } catch (AlipayApiException e) {
            LOGGER.error("alipay notify check failed", e);
            return "failure";
        }
    }

    /** Active query, used when the notification did not arrive. */
    public String query(String outTradeNo) {
        AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
        JSONObject bizContent = new JSONObject();
        bizContent.set("out_trade_no", outTradeNo);
        request.setBizContent(bizContent.toString());
        try {
            AlipayTradeQueryResponse response = alipayClient.execute(request);
            if (response.isSuccess() && "TRADE_SUCCESS".equals(response.getTradeStatus())) {
                orderService.paySuccess(Long.valueOf(outTradeNo), PAY_TYPE_ALIPAY);
            }
            return response.getTradeStatus();
        } catch (AlipayApiException e) {
            LOGGER.error("alipay query failed", e);
            return null;
        }
    }
}
