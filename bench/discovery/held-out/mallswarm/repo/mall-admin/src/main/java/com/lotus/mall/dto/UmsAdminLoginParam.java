package com.lotus.mall.dto;

import jakarta.validation.constraints.NotEmpty;

public record UmsAdminLoginParam(@NotEmpty String username, @NotEmpty String password) {
}
