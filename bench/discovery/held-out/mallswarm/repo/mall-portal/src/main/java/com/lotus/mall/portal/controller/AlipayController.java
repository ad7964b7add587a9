package com.lotus.mall.portal.controller;

import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.portal.service.impl.AlipayServiceImpl;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.*;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

@RestController
@Tag(name = "AlipayController", description = "Alipay payment")
@RequestMapping("/alipay")
public class AlipayController {
    private final AlipayServiceImpl alipayService;

    public AlipayController(AlipayServiceImpl alipayService) {
        this.alipayService = alipayService;
    }

    @GetMapping("/pay")
    public void pay(@RequestParam String outTradeNo, @RequestParam String subject, @RequestParam String totalAmount,
                    HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(alipayService.pay(outTradeNo, subject, totalAmount));
        response.getWriter().flush();
    }

    @PostMapping("/notify")
    public String notify(HttpServletRequest request) {
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, String.join(",", v)));
        return alipayService.notify(params);
    }

    @GetMapping("/query")
    public CommonResult<String> query(@RequestParam String outTradeNo) {
        return CommonResult.success(alipayService.query(outTradeNo));
    }
}
