package com.thistlewood.bramble.customer.config;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ConfigurationProperties(prefix = "keycloak")
public record KeycloakPropsConfig(String authServerUrl, String realm, String resource, Credentials credentials) {

    public record Credentials(String secret) {
    }

    @Configuration
    static class KeycloakClientConfig {

        @Bean
        Keycloak keycloak(KeycloakPropsConfig props) {
            return KeycloakBuilder.builder()
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .serverUrl(props.authServerUrl())
                    .realm(props.realm())
                    .clientId(props.resource())
                    .clientSecret(props.credentials().secret())
                    .build();
        }
    }
}
