package com.gatestore.store.client;

import feign.RequestInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

/**
 * Adds a bearer token obtained with the client-credentials grant from Keycloak
 * (registration "internal", see spring.security.oauth2.client.registration.internal).
 */
public class OAuth2InterceptedFeignConfiguration {

    private static final String REGISTRATION_ID = "internal";

    @Bean(name = "oauth2RequestInterceptor")
    public RequestInterceptor getOAuth2RequestInterceptor(OAuth2AuthorizedClientManager authorizedClientManager) {
        return template -> {
            OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION_ID).principal("store").build();
            OAuth2AuthorizedClient client = authorizedClientManager.authorize(request);
            if (client != null) {
                template.header("Authorization", "Bearer " + client.getAccessToken().getTokenValue());
            }
        };
    }
}
