package com.lotus.mall.service;

import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.common.domain.UserDto;
import com.lotus.mall.model.UmsAdmin;

public interface UmsAdminService {
    UmsAdmin getAdminByUsername(String username);

    UmsAdmin register(UmsAdmin admin);

    CommonResult login(String username, String password);

    UserDto loadUserByUsername(String username);

    UmsAdmin getCurrentAdmin(String userHeader);
}
