package com.steeped.auth.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.steeped.entities.SessionBlob;

/** Signs the session blob with SHA-512 over its JSON form plus a salt. */
public class ShaSecurityProvider {

  // Obviously not a real secret; override with SESSION_SALT in production-like setups.
  private static final String SALT =
      System.getenv().getOrDefault("SESSION_SALT", "not-a-real-salt-change-me");
  private final ObjectMapper mapper = new ObjectMapper();

  public SessionBlob secure(SessionBlob blob) {
    if (blob.getUid() == null || blob.getSid() == null) {
      return blob;
    }
    blob.setToken(null);
    blob.setToken(sign(blob));
    return blob;
  }

  public SessionBlob validate(SessionBlob blob) {
    if (blob.getToken() == null) {
      return null;
    }
    String token = blob.getToken();
    blob.setToken(null);
    String expected = sign(blob);
    blob.setToken(token);
    return expected.equals(token) ? blob : null;
  }

  private String sign(SessionBlob blob) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-512");
      byte[] digest = md.digest((mapper.writeValueAsString(blob) + SALT)
          .getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
