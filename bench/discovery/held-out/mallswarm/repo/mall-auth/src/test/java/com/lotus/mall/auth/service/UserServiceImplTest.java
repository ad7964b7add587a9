package com.lotus.mall.auth.service;

import com.lotus.mall.auth.service.impl.UserServiceImpl;
import com.lotus.mall.common.constant.AuthConstant;
import com.lotus.mall.common.domain.UserDto;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.*;

class UserServiceImplTest {
    private final UmsAdminService adminService = mock(UmsAdminService.class);
    private final UmsMemberService memberService = mock(UmsMemberService.class);
    private final UserServiceImpl service = new UserServiceImpl(adminService, memberService);

    private static UserDto user(String name, int status) {
        UserDto dto = new UserDto();
        dto.setId(1L);
        dto.setUsername(name);
        dto.setPassword("{noop}x");
        dto.setStatus(status);
        dto.setRoles(List.of("1_super_admin"));
        return dto;
    }

    @Test
    void adminClientLoadsFromAdminService() {
        when(adminService.loadUserByUsername("admin")).thenReturn(user("admin", 1));
        UserDto dto = service.loadUser(AuthConstant.ADMIN_CLIENT_ID, "admin");
        assertEquals(AuthConstant.ADMIN_CLIENT_ID, dto.getClientId());
        verifyNoInteractions(memberService);
    }

    @Test
    void portalClientLoadsFromMemberService() {
        when(memberService.loadUserByUsername("alice")).thenReturn(user("alice", 1));
        service.loadUser(AuthConstant.PORTAL_CLIENT_ID, "alice");
        verify(memberService).loadUserByUsername("alice");
    }

    @Test
    void disabledUserIsRejected() {
        when(adminService.loadUserByUsername("bob")).thenReturn(user("bob", 0));
        assertThrows(DisabledException.class, () -> service.loadUser(AuthConstant.ADMIN_CLIENT_ID, "bob"));
    }

    @Test
    void unknownClientIsRejected() {
        assertThrows(UsernameNotFoundException.class, () -> service.loadUser("other-app", "x"));
    }
}
