package com.lotus.mall.demo.controller;

import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.demo.service.FeignAdminService;
import com.lotus.mall.demo.service.FeignPortalService;
import org.springframework.web.bind.annotation.*;

import java.util.Map;

/**
 * Shows how one service calls another by its registered name.
 */
@RestController
@RequestMapping("/feign")
public class FeignDemoController {
    private final FeignAdminService adminService;
    private final FeignPortalService portalService;

    public FeignDemoController(FeignAdminService adminService, FeignPortalService portalService) {
        this.adminService = adminService;
        this.portalService = portalService;
    }

    @PostMapping("/admin/login")
    public CommonResult adminLogin(@RequestParam String username, @RequestParam String password) {
        return adminService.login(Map.of("username", username, "password", password));
    }

    @GetMapping("/admin/productList")
    public CommonResult productList(@RequestParam(defaultValue = "1") Integer pageNum,
                                    @RequestParam(defaultValue = "5") Integer pageSize) {
        return adminService.productList(pageNum, pageSize);
    }

    @PostMapping("/portal/login")
    public CommonResult portalLogin(@RequestParam String username, @RequestParam String password) {
        return portalService.login(username, password);
    }
}
