package com.lotus.mall.demo.service;

import com.lotus.mall.common.api.CommonResult;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

@FeignClient("mall-admin")
public interface FeignAdminService {
    @PostMapping("/admin/login")
    CommonResult login(@RequestBody Map<String, String> loginParam);

    @GetMapping("/product/list")
    CommonResult productList(@RequestParam Integer pageNum, @RequestParam Integer pageSize);
}
