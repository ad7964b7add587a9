package com.lotus.mall.auth.domain;

public record Oauth2TokenDto(String token, String refreshToken, String tokenHead, long expiresIn) {
}
