package com.lotus.mall.auth.controller;

import com.lotus.mall.auth.domain.Oauth2TokenDto;
import com.lotus.mall.auth.service.impl.UserServiceImpl;
import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.common.constant.AuthConstant;
import com.lotus.mall.common.domain.UserDto;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Password-grant style token endpoint, called by mall-admin and mall-portal on login
 * (and directly through the gateway at /mall-auth/oauth/token).
 */
@RestController
@RequestMapping("/oauth")
public class AuthController {
    private static final Map<String, String> CLIENT_SECRETS = Map.of(
            AuthConstant.ADMIN_CLIENT_ID, "fake-admin-client-secret",
            AuthConstant.PORTAL_CLIENT_ID, "fake-portal-client-secret");

    private final UserServiceImpl userService;
    private final PasswordEncoder passwordEncoder;
    private final JwtEncoder jwtEncoder;
    private final long accessValidity;

    public AuthController(UserServiceImpl userService, PasswordEncoder passwordEncoder, JwtEncoder jwtEncoder,
                          @Value("${lotus.jwt.access-token-validity-seconds}") long accessValidity) {
        this.userService = userService;
        this.passwordEncoder = passwordEncoder;
        this.jwtEncoder = jwtEncoder;
        this.accessValidity = accessValidity;
    }

    @PostMapping("/token")
    public CommonResult<Oauth2TokenDto> postAccessToken(@RequestParam Map<String, String> parameters) {
        String clientId = parameters.get("client_id");
        String secret = parameters.get("client_secret");
        if (clientId == null || !CLIENT_SECRETS.getOrDefault(clientId, "").equals(secret)) {
            return CommonResult.failed("invalid client");
        }
        if (!"password".equals(parameters.get("grant_type"))) {
            return CommonResult.failed("unsupported grant_type");
        }
        UserDto user = userService.loadUser(clientId, parameters.get("username"));
        if (!passwordEncoder.matches(parameters.get("password"), user.getPassword())) {
            return CommonResult.failed("wrong username or password");
        }
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("lotus-mall-auth")
                .subject(user.getUsername())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(accessValidity))
                .claim("id", user.getId())
                .claim("client_id", clientId)
                .claim(AuthConstant.AUTHORITY_CLAIM_NAME, user.getRoles() == null ? List.of() : user.getRoles())
                .build();
        String token = jwtEncoder.encode(JwtEncoderParameters.from(claims)).getTokenValue();
        return CommonResult.success(new Oauth2TokenDto(token, null, AuthConstant.JWT_TOKEN_PREFIX, accessValidity));
    }
}
