package io.taskloom.core.secret;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;
import lombok.extern.slf4j.Slf4j;

import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * OSS secret backend: secrets are environment variables prefixed with {@code SECRET_}, base64 encoded.
 * {@code {{ secret('SLACK_WEBHOOK') }}} resolves {@code SECRET_SLACK_WEBHOOK}.
 */
@Slf4j
@Singleton
public class SecretService {
    private static final String SECRET_PREFIX = "SECRET_";

    private Map<String, String> decodedSecrets;

    @PostConstruct
    private void postConstruct() {
        this.decode(System.getenv());
    }

    void decode(Map<String, String> env) {
        decodedSecrets = env.entrySet().stream()
            .filter(entry -> entry.getKey().startsWith(SECRET_PREFIX))
            .collect(Collectors.toMap(
                entry -> entry.getKey().substring(SECRET_PREFIX.length()).toUpperCase(),
                entry -> new String(Base64.getDecoder().decode(entry.getValue().trim()))
            ));
    }

    public String findSecret(String tenantId, String namespace, String key) {
        String secret = decodedSecrets.get(key.toUpperCase());
        if (secret == null) {
            throw new IllegalArgumentException("Cannot find secret for key '" + key + "'.");
        }
        return secret;
    }
}
