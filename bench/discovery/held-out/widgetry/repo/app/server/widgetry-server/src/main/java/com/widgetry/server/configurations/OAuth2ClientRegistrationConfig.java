package com.widgetry.server.configurations;

import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers the social-login providers whose client id has been configured. Providers with an empty
 * client id are skipped entirely, so no redirect, token exchange or userinfo call is ever made for them.
 */
@Slf4j
@Configuration
public class OAuth2ClientRegistrationConfig {

    @Value("${oauth2.google.client-id:}")
    private String googleClientId;

    @Value("${oauth2.google.client-secret:}")
    private String googleClientSecret;

    @Value("${oauth2.github.client-id:}")
    private String githubClientId;

    @Value("${oauth2.github.client-secret:}")
    private String githubClientSecret;

    @Bean
    public ReactiveClientRegistrationRepository clientRegistrationRepository() {
        List<ClientRegistration> registrations = new ArrayList<>();

        if (StringUtils.hasText(googleClientId)) {
            // authorizationUri https://accounts.google.com/o/oauth2/v2/auth,
            // tokenUri https://www.googleapis.com/oauth2/v4/token, userinfo https://www.googleapis.com/oauth2/v3/userinfo
            registrations.add(CommonOAuth2Provider.GOOGLE
                    .getBuilder("google")
                    .clientId(googleClientId)
                    .clientSecret(googleClientSecret)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .build());
        }

        if (StringUtils.hasText(githubClientId)) {
            registrations.add(CommonOAuth2Provider.GITHUB
                    .getBuilder("github")
                    .clientId(githubClientId)
                    .clientSecret(githubClientSecret)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("read:user", "user:email")
                    .build());
        }

        log.info("Configured OAuth2 login providers: {}",
                registrations.stream().map(ClientRegistration::getRegistrationId).toList());

        if (registrations.isEmpty()) {
            // Form login only. Spring requires a non-empty repository, so keep a disabled placeholder.
            return registrationId -> reactor.core.publisher.Mono.empty();
        }
        return new InMemoryReactiveClientRegistrationRepository(registrations);
    }
}
