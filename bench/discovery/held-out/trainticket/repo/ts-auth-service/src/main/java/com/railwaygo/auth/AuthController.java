package com.railwaygo.auth;

import com.railwaygo.common.security.JwtUtil;
import com.railwaygo.common.util.Response;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.bind.annotation.*;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

@RestController
public class AuthController {

    private final AuthUserRepository repository;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    public AuthController(AuthUserRepository repository) {
        this.repository = repository;
    }

    /** Called by ts-user-service when an account is created. */
    @PostMapping("/api/v1/auth")
    public Response<AuthUser> createDefaultAuthUser(@RequestBody Map<String, String> body) {
        AuthUser user = new AuthUser();
        user.setUserId(body.get("userId"));
        user.setUsername(body.get("userName"));
        user.setPasswordHash(encoder.encode(body.get("password")));
        user.setRoles(Collections.singletonList("ROLE_USER"));
        return Response.ok("SUCCESS", repository.save(user));
    }

    @PostMapping("/api/v1/users/login")
    public Response<Map<String, String>> login(@RequestBody Map<String, String> body) {
        return repository.findByUsername(body.get("username"))
                .filter(u -> encoder.matches(body.get("password"), u.getPasswordHash()))
                .map(u -> {
                    Map<String, String> data = new HashMap<>();
                    data.put("userId", u.getUserId());
                    data.put("username", u.getUsername());
                    data.put("token", JwtUtil.createToken(u.getUserId(), u.getUsername(), u.getRoles()));
                    return Response.ok("login success", data);
                })
                .orElseGet(() -> Response.fail("Incorrect username or password."));
    }

    @DeleteMapping("/api/v1/users/{userId}")
    public Response<String> delete(@PathVariable String userId) {
        repository.deleteById(userId);
        return Response.ok("DELETE USER SUCCESS", userId);
    }
}
