package com.lotus.mall.controller;

import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.common.domain.UserDto;
import com.lotus.mall.dto.UmsAdminLoginParam;
import com.lotus.mall.model.UmsAdmin;
import com.lotus.mall.service.UmsAdminService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.*;

@RestController
@Tag(name = "UmsAdminController", description = "back-office user management")
@RequestMapping("/admin")
public class UmsAdminController {
    private final UmsAdminService adminService;

    public UmsAdminController(UmsAdminService adminService) {
        this.adminService = adminService;
    }

    @Operation(summary = "register")
    @PostMapping("/register")
    public CommonResult<UmsAdmin> register(@RequestBody UmsAdmin param) {
        UmsAdmin admin = adminService.register(param);
        return admin == null ? CommonResult.failed("username already taken") : CommonResult.success(admin);
    }

    @Operation(summary = "login, returns a token issued by mall-auth")
    @PostMapping("/login")
    public CommonResult login(@Valid @RequestBody UmsAdminLoginParam param) {
        return adminService.login(param.username(), param.password());
    }

    @Operation(summary = "current admin")
    @GetMapping("/info")
    public CommonResult<UmsAdmin> info(@RequestHeader("user") String user) {
        UmsAdmin admin = adminService.getCurrentAdmin(user);
        admin.setPassword(null);
        return CommonResult.success(admin);
    }

    /** Called by mall-auth (Feign) when issuing admin tokens. */
    @GetMapping("/loadByUsername")
    public UserDto loadUserByUsername(@RequestParam String username) {
        return adminService.loadUserByUsername(username);
    }
}
