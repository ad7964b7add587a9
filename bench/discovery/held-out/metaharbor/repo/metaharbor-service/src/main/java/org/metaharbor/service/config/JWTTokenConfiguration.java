package org.metaharbor.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import lombok.Data;

@Data
public class JWTTokenConfiguration {
  @JsonProperty("rsapublicKeyFilePath")
  private String rsaPublicKeyFilePath;

  @JsonProperty("rsaprivateKeyFilePath")
  private String rsaPrivateKeyFilePath;

  @JsonProperty("jwtissuer")
  private String jwtIssuer;

  private String keyId;
}
