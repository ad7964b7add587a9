package com.lotus.mall.service.impl;

import cn.hutool.core.util.StrUtil;
import cn.hutool.crypto.digest.BCrypt;
import cn.hutool.json.JSONObject;
import cn.hutool.json.JSONUtil;
import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.common.api.ResultCode;
import com.lotus.mall.common.constant.AuthConstant;
import com.lotus.mall.common.domain.UserDto;
import com.lotus.mall.common.exception.ApiException;
import com.lotus.mall.common.service.RedisService;
import com.lotus.mall.dao.UmsAdminRoleRelationDao;
import com.lotus.mall.mapper.UmsAdminMapper;
import com.lotus.mall.model.UmsAdmin;
import com.lotus.mall.service.AuthService;
import com.lotus.mall.service.UmsAdminService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Service
public class UmsAdminServiceImpl implements UmsAdminService {
    private final UmsAdminMapper adminMapper;
    private final UmsAdminRoleRelationDao roleRelationDao;
    private final AuthService authService;
    private final RedisService redisService;
    private final String redisDatabase;
    private final String redisKeyAdmin;
    private final long redisExpire;

    public UmsAdminServiceImpl(UmsAdminMapper adminMapper, UmsAdminRoleRelationDao roleRelationDao,
                               AuthService authService, RedisService redisService,
                               @Value("${redis.database}") String redisDatabase,
                               @Value("${redis.key.admin}") String redisKeyAdmin,
                               @Value("${redis.expire.common}") long redisExpire) {
        this.adminMapper = adminMapper;
        this.roleRelationDao = roleRelationDao;
        this.authService = authService;
        this.redisService = redisService;
        this.redisDatabase = redisDatabase;
        this.redisKeyAdmin = redisKeyAdmin;
        this.redisExpire = redisExpire;
    }

    @Override
    public UmsAdmin getAdminByUsername(String username) {
        String key = redisDatabase + ":" + redisKeyAdmin + ":" + username;
        UmsAdmin cached = (UmsAdmin) redisService.get(key);
        if (cached != null) {
            return cached;
        }
        UmsAdmin admin = adminMapper.selectAll().stream()
                .filter(a -> username.equals(a.getUsername()))
                .findFirst().orElse(null);
        if (admin != null) {
            redisService.set(key, admin, redisExpire);
        }
        return admin;
    }

    @Override
    public UmsAdmin register(UmsAdmin admin) {
        if (getAdminByUsername(admin.getUsername()) != null) {
            return null;
        }
        admin.setCreateTime(new Date());
        admin.setStatus(1);
        admin.setPassword(BCrypt.hashpw(admin.getPassword()));
        adminMapper.insert(admin);
        return admin;
    }

    @Override
    public CommonResult login(String username, String password) {
        if (StrUtil.isEmpty(username) || StrUtil.isEmpty(password)) {
            throw new ApiException("username and password are required");
        }
        Map<String, String> params = new HashMap<>();
        params.put("client_id", AuthConstant.ADMIN_CLIENT_ID);
        params.put("client_secret", "fake-admin-client-secret");
        params.put("grant_type", "password");
        params.put("username", username);
        params.put("password", password);
        CommonResult result = authService.getAccessToken(params);
        if (ResultCode.SUCCESS.getCode() == result.getCode() && result.getData() != null) {
            UmsAdmin admin = getAdminByUsername(username);
            if (admin != null) {
                admin.setLoginTime(new Date());
                adminMapper.updateByPrimaryKeySelective(admin);
            }
        }
        return result;
    }

    @Override
    public UserDto loadUserByUsername(String username) {
        UmsAdmin admin = getAdminByUsername(username);
        if (admin == null) {
            return null;
        }
        List<String> roles = roleRelationDao.getRoleKeys(admin.getId());
        UserDto dto = new UserDto();
        dto.setId(admin.getId());
        dto.setUsername(admin.getUsername());
        dto.setPassword(admin.getPassword());
        dto.setStatus(admin.getStatus());
        dto.setRoles(roles);
        return dto;
    }

    @Override
    public UmsAdmin getCurrentAdmin(String userHeader) {
        if (StrUtil.isEmpty(userHeader)) {
            throw new ApiException(ResultCode.UNAUTHORIZED);
        }
        JSONObject user = JSONUtil.parseObj(userHeader);
        return getAdminByUsername(user.getStr("sub"));
    }
}
