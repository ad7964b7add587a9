package org.metaharbor.service.config;

import java.util.List;
import lombok.Data;

@Data
public class AuthenticationConfiguration {
  private String provider = "basic";
  private String responseType;
  private String providerName;
  /** JWKS endpoints; with the basic provider this is the server's own /api/v1/system/config/jwks. */
  private List<String> publicKeyUrls;
  private String authority;
  private String clientId;
  private String callbackUrl;
  private List<String> jwtPrincipalClaims;
  private Boolean enableSelfSignup = true;
}
