package com.widgetry.server.controllers;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Map;

@RestController
@RequestMapping("/api/v1/users")
public class UserController {

    /** Also used by RTS to authenticate socket connections with the forwarded SESSION cookie. */
    @GetMapping("/me")
    public Mono<Map<String, Object>> me(Authentication authentication) {
        String email = authentication == null ? "anonymousUser" : authentication.getName();
        return Mono.just(Map.of(
                "responseMeta", Map.of("status", 200, "success", true),
                "data", Map.of("email", email, "name", email)));
    }
}
