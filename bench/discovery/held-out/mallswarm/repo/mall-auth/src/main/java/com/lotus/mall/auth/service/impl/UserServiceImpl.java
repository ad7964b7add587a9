package com.lotus.mall.auth.service.impl;

import com.lotus.mall.auth.service.UmsAdminService;
import com.lotus.mall.auth.service.UmsMemberService;
import com.lotus.mall.common.constant.AuthConstant;
import com.lotus.mall.common.domain.UserDto;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Resolves a user by client: admin-app users come from mall-admin, portal-app users from mall-portal.
 */
@Service
public class UserServiceImpl implements UserDetailsService {
    private final UmsAdminService adminService;
    private final UmsMemberService memberService;

    public UserServiceImpl(UmsAdminService adminService, UmsMemberService memberService) {
        this.adminService = adminService;
        this.memberService = memberService;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        throw new UnsupportedOperationException("use loadUserByUsername(clientId, username)");
    }

    public UserDto loadUser(String clientId, String username) {
        UserDto userDto;
        if (AuthConstant.ADMIN_CLIENT_ID.equals(clientId)) {
            userDto = adminService.loadUserByUsername(username);
        } else if (AuthConstant.PORTAL_CLIENT_ID.equals(clientId)) {
            userDto = memberService.loadUserByUsername(username);
        } else {
            throw new UsernameNotFoundException("unknown client " + clientId);
        }
        if (userDto == null) {
            throw new UsernameNotFoundException("wrong username or password");
        }
        userDto.setClientId(clientId);
        if (userDto.getStatus() == null || userDto.getStatus() == 0) {
            throw new DisabledException("account disabled");
        }
        return userDto;
    }

    public UserDetails toUserDetails(UserDto dto) {
        if (dto.getPassword() == null) {
            throw new CredentialsExpiredException("no credentials");
        }
        return User.withUsername(dto.getUsername())
                .password(dto.getPassword())
                .authorities(dto.getRoles() == null ? new String[0] : dto.getRoles().toArray(new String[0]))
                .build();
    }
}
