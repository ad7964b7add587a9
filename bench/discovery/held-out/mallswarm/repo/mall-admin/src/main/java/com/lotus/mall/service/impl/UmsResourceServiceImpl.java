package com.lotus.mall.service.impl;

import com.lotus.mall.common.constant.AuthConstant;
import com.lotus.mall.common.service.RedisService;
import com.lotus.mall.dao.UmsAdminRoleRelationDao;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Publishes the resource -> roles map to Redis so the gateway can authorise admin requests.
 */
@Service
public class UmsResourceServiceImpl {
    private final UmsAdminRoleRelationDao roleRelationDao;
    private final RedisService redisService;

    public UmsResourceServiceImpl(UmsAdminRoleRelationDao roleRelationDao, RedisService redisService) {
        this.roleRelationDao = roleRelationDao;
        this.redisService = redisService;
    }

    public Map<String, List<String>> initResourceRolesMap() {
        Map<String, List<String>> resourceRoleMap = new TreeMap<>();
        for (UmsAdminRoleRelationDao.ResourceRole rr : roleRelationDao.listResourceRoles()) {
            String url = "/mall-admin" + rr.url();
            resourceRoleMap.computeIfAbsent(url, k -> new ArrayList<>()).add(rr.roleKey());
        }
        redisService.del(AuthConstant.RESOURCE_ROLES_MAP_KEY);
        redisService.hSetAll(AuthConstant.RESOURCE_ROLES_MAP_KEY, resourceRoleMap);
        return resourceRoleMap;
    }
}
