package com.lotus.mall.portal.service.impl;

import cn.hutool.core.util.RandomUtil;
import cn.hutool.core.util.StrUtil;
import cn.hutool.crypto.digest.BCrypt;
import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.common.constant.AuthConstant;
import com.lotus.mall.common.domain.UserDto;
import com.lotus.mall.common.exception.ApiException;
import com.lotus.mall.common.service.RedisService;
import com.lotus.mall.mapper.UmsMemberMapper;
import com.lotus.mall.model.UmsMember;
import com.lotus.mall.portal.service.AuthService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Service
public class UmsMemberServiceImpl {
    private final UmsMemberMapper memberMapper;
    private final RedisService redisService;
    private final AuthService authService;
    @Value("${redis.database}")
    private String redisDatabase;
    @Value("${redis.key.authCode}")
    private String redisKeyAuthCode;
    @Value("${redis.expire.authCode}")
    private long authCodeExpire;
    @Value("${redis.key.member}")
    private String redisKeyMember;
    @Value("${redis.expire.common}")
    private long commonExpire;

    public UmsMemberServiceImpl(UmsMemberMapper memberMapper, RedisService redisService, AuthService authService) {
        this.memberMapper = memberMapper;
        this.redisService = redisService;
        this.authService = authService;
    }

    public UmsMember getByUsername(String username) {
        String key = redisDatabase + ":" + redisKeyMember + ":" + username;
        UmsMember cached = (UmsMember) redisService.get(key);
        if (cached != null) {
            return cached;
        }
        UmsMember member = memberMapper.selectAll().stream()
                .filter(m -> username.equals(m.getUsername())).findFirst().orElse(null);
        if (member != null) {
            redisService.set(key, member, commonExpire);
        }
        return member;
    }

    public void register(String username, String password, String telephone, String authCode) {
        if (!verifyAuthCode(authCode, telephone)) {
            throw new ApiException("wrong verification code");
        }
        if (getByUsername(username) != null) {
            throw new ApiException("user already exists");
        }
        UmsMember member = new UmsMember();
        member.setUsername(username);
        member.setPhone(telephone);
        member.setPassword(BCrypt.hashpw(password));
        member.setCreateTime(new Date());
        member.setStatus(1);
        member.setIntegration(0);
        memberMapper.insert(member);
    }

    public String generateAuthCode(String telephone) {
        String code = RandomUtil.randomNumbers(6);
        redisService.set(redisDatabase + ":" + redisKeyAuthCode + ":" + telephone, code, authCodeExpire);
        return code;
    }

    private boolean verifyAuthCode(String authCode, String telephone) {
        if (StrUtil.isEmpty(authCode)) {
            return false;
        }
        Object real = redisService.get(redisDatabase + ":" + redisKeyAuthCode + ":" + telephone);
        return authCode.equals(real);
    }

    public CommonResult login(String username, String password) {
        Map<String, String> params = new HashMap<>();
        params.put("client_id", AuthConstant.PORTAL_CLIENT_ID);
        params.put("client_secret", "fake-portal-client-secret");
        params.put("grant_type", "password");
        params.put("username", username);
        params.put("password", password);
        return authService.getAccessToken(params);
    }

    public UserDto loadUserByUsername(String username) {
        UmsMember member = getByUsername(username);
        if (member == null) {
            return null;
        }
        UserDto dto = new UserDto();
        dto.setId(member.getId());
        dto.setUsername(member.getUsername());
        dto.setPassword(member.getPassword());
        dto.setStatus(member.getStatus());
        dto.setRoles(List.of("前台会员"));
        return dto;
    }
}
