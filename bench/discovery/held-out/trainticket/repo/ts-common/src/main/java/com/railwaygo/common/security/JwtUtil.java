package com.railwaygo.common.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;

import java.util.Date;
import java.util.List;

/** Token helpers shared by the services: tokens are verified locally, never by calling auth. */
public final class JwtUtil {
    // Placeholder signing key; real deployments override with JWT_SECRET.
    private static final String SECRET = System.getenv().getOrDefault("JWT_SECRET", "dev-only-not-a-secret");
    private static final long VALIDITY_MS = 3600_000L;

    private JwtUtil() {
    }

    public static String createToken(String userId, String username, List<String> roles) {
        Date now = new Date();
        return Jwts.builder()
                .setSubject(username)
                .claim("id", userId)
                .claim("roles", roles)
                .setIssuedAt(now)
                .setExpiration(new Date(now.getTime() + VALIDITY_MS))
                .signWith(SignatureAlgorithm.HS256, SECRET)
                .compact();
    }

    public static Claims parse(String token) {
        return Jwts.parser().setSigningKey(SECRET).parseClaimsJws(token).getBody();
    }
}
