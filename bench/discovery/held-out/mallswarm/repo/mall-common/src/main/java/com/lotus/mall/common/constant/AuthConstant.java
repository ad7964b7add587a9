package com.lotus.mall.common.constant;

public interface AuthConstant {
    String JWT_TOKEN_HEADER = "Authorization";
    String JWT_TOKEN_PREFIX = "Bearer ";
    String AUTHORITY_PREFIX = "ROLE_";
    String AUTHORITY_CLAIM_NAME = "authorities";
    String ADMIN_CLIENT_ID = "admin-app";
    String PORTAL_CLIENT_ID = "portal-app";
    String ADMIN_URL_PATTERN = "/mall-admin/**";
    /** Redis hash: resource url -> list of roles. Written by mall-admin, read by mall-gateway. */
    String RESOURCE_ROLES_MAP_KEY = "auth:resourceRolesMap";
    String USER_TOKEN_HEADER = "user";
}
