package com.lotus.mall.portal.controller;

import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.common.domain.UserDto;
import com.lotus.mall.portal.service.impl.UmsMemberServiceImpl;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.*;

@RestController
@Tag(name = "UmsMemberController", description = "member login / register")
@RequestMapping("/sso")
public class UmsMemberController {
    private final UmsMemberServiceImpl memberService;

    public UmsMemberController(UmsMemberServiceImpl memberService) {
        this.memberService = memberService;
    }

    @PostMapping("/register")
    public CommonResult register(@RequestParam String username, @RequestParam String password,
                                 @RequestParam String telephone, @RequestParam String authCode) {
        memberService.register(username, password, telephone, authCode);
        return CommonResult.success(null, "registered");
    }

    @PostMapping("/login")
    public CommonResult login(@RequestParam String username, @RequestParam String password) {
        return memberService.login(username, password);
    }

    @GetMapping("/getAuthCode")
    public CommonResult<String> getAuthCode(@RequestParam String telephone) {
        return CommonResult.success(memberService.generateAuthCode(telephone), "sent");
    }

    /** Called by mall-auth (Feign) when issuing member tokens. */
    @GetMapping("/loadByUsername")
    public UserDto loadUserByUsername(@RequestParam String username) {
        return memberService.loadUserByUsername(username);
    }
}
