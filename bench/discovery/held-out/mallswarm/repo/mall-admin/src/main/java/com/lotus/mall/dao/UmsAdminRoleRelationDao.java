package com.lotus.mall.dao;

import org.apache.ibatis.annotations.Param;

import java.util.List;

public interface UmsAdminRoleRelationDao {
    /** role ids + names for an admin, as "id_name" */
    List<String> getRoleKeys(@Param("adminId") Long adminId);

    /** resource url with the role keys allowed to call it */
    List<ResourceRole> listResourceRoles();

    record ResourceRole(Long resourceId, String url, String roleKey) {
    }
}
