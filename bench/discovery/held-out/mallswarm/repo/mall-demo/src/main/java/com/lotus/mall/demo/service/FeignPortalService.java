package com.lotus.mall.demo.service;

import com.lotus.mall.common.api.CommonResult;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient("mall-portal")
public interface FeignPortalService {
    @PostMapping("/sso/login")
    CommonResult login(@RequestParam String username, @RequestParam String password);

    @PostMapping("/order/cancelUserOrder")
    CommonResult cancelUserOrder(@RequestParam Long orderId);
}
