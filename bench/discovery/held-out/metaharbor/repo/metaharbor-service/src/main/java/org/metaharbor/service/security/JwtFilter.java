package org.metaharbor.service.security;

import com.auth0.jwk.Jwk;
import com.auth0.jwk.JwkProvider;
import com.auth0.jwk.JwkProviderBuilder;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URL;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lombok.extern.slf4j.Slf4j;
import org.metaharbor.service.config.AuthenticationConfiguration;
import org.metaharbor.service.config.JWTTokenConfiguration;

/**
 * Validates bearer tokens. Keys are resolved from authenticationConfiguration.publicKeyUrls; with
 * the default basic provider that is the server's own JWKS endpoint.
 */
@Slf4j
@Provider
public class JwtFilter implements ContainerRequestFilter {
  public static final String AUTHORIZATION_HEADER = "Authorization";
  public static final String TOKEN_PREFIX = "Bearer";
  private static final List<String> EXCLUDED_ENDPOINTS =
      List.of("v1/system/config", "v1/users/signup", "v1/users/login", "v1/system/version",
          "v1/users/refresh", "v1/users/generatePasswordResetLink", "v1/users/password/reset");

  private final JwkProvider jwkProvider;
  private final String issuer;

  public JwtFilter(AuthenticationConfiguration authConfig, JWTTokenConfiguration jwtConfig) {
    try {
      URL jwksUrl = new URL(authConfig.getPublicKeyUrls().get(0));
      this.jwkProvider = new JwkProviderBuilder(jwksUrl).cached(10, 24, TimeUnit.HOURS).build();
    } catch (Exception e) {
      throw new IllegalStateException("Invalid publicKeyUrls", e);
    }
    this.issuer = jwtConfig.getJwtIssuer();
  }

  @Override
  public void filter(ContainerRequestContext requestContext) {
    String path = requestContext.getUriInfo().getPath();
    if (EXCLUDED_ENDPOINTS.stream().anyMatch(path::contains)) {
      return;
    }
    String header = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.startsWith(TOKEN_PREFIX)) {
      throw new AuthenticationException("Not Authorized! Token not present");
    }
    String token = header.substring(TOKEN_PREFIX.length()).trim();
    try {
      DecodedJWT jwt = JWT.decode(token);
      Jwk jwk = jwkProvider.get(jwt.getKeyId());
      Algorithm algorithm = Algorithm.RSA256((RSAPublicKey) jwk.getPublicKey(), null);
      JWT.require(algorithm).withIssuer(issuer).build().verify(token);
    } catch (Exception e) {
      LOG.debug("Token validation failed", e);
      throw new AuthenticationException("Invalid token");
    }
  }

  public static class AuthenticationException extends RuntimeException {
    public AuthenticationException(String msg) {
      super(msg);
    }
  }
}
