package com.lotus.mall.service;

import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.common.service.RedisService;
import com.lotus.mall.dao.UmsAdminRoleRelationDao;
import com.lotus.mall.mapper.UmsAdminMapper;
import com.lotus.mall.model.UmsAdmin;
import com.lotus.mall.service.impl.UmsAdminServiceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.*;

class UmsAdminServiceImplTest {
    private UmsAdminMapper adminMapper;
    private UmsAdminRoleRelationDao roleDao;
    private AuthService authService;
    private RedisService redisService;
    private UmsAdminServiceImpl service;

    @BeforeEach
    void setUp() {
        adminMapper = mock(UmsAdminMapper.class);
        roleDao = mock(UmsAdminRoleRelationDao.class);
        authService = mock(AuthService.class);   // no mall-auth in unit tests
        redisService = mock(RedisService.class); // no Redis either
        service = new UmsAdminServiceImpl(adminMapper, roleDao, authService, redisService, "mall", "ums:admin", 60);
    }

    private static UmsAdmin admin() {
        UmsAdmin a = new UmsAdmin();
        a.setId(7L);
        a.setUsername("admin");
        a.setPassword("hash");
        a.setStatus(1);
        return a;
    }

    @Test
    void loadUserIncludesRoles() {
        when(adminMapper.selectAll()).thenReturn(List.of(admin()));
        when(roleDao.getRoleKeys(7L)).thenReturn(List.of("5_super_admin"));
        var dto = service.loadUserByUsername("admin");
        assertEquals(List.of("5_super_admin"), dto.getRoles());
        verify(redisService).set(eq("mall:ums:admin:admin"), any(), eq(60L));
    }

    @Test
    void loginDelegatesToAuthService() {
        when(authService.getAccessToken(anyMap())).thenReturn(CommonResult.success(Map.of("token", "t")));
        when(adminMapper.selectAll()).thenReturn(List.of(admin()));
        CommonResult result = service.login("admin", "secret");
        assertEquals(200, result.getCode());
        verify(adminMapper).updateByPrimaryKeySelective(any());
    }

    @Test
    void unknownAdminReturnsNull() {
        when(adminMapper.selectAll()).thenReturn(List.of());
        assertNull(service.loadUserByUsername("ghost"));
    }
}
