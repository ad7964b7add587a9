package io.launchpad.portal.security;

import io.launchpad.common.warden.WardenService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * OAuth2 login against the configured identity provider (Google in production). After login the
 * user's roles are pushed to warden so permissions are resolved before the first API call.
 */
@Configuration
@ConditionalOnProperty("security.oauth2.enabled")
public class OAuth2SsoConfig {

  @Bean
  ClientRegistrationRepository clientRegistrationRepository(
      @Value("${security.oauth2.client.clientId}") String clientId,
      @Value("${security.oauth2.client.clientSecret}") String clientSecret,
      @Value("${security.oauth2.client.accessTokenUri}") String tokenUri,
      @Value("${security.oauth2.client.userAuthorizationUri}") String authorizationUri,
      @Value("${security.oauth2.resource.userInfoUri}") String userInfoUri,
      @Value("${security.oauth2.client.preEstablishedRedirectUri}") String redirectUri) {
    ClientRegistration registration = ClientRegistration.withRegistrationId("launchpad")
        .clientId(clientId)
        .clientSecret(clientSecret)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(redirectUri)
        .scope("profile", "email")
        .authorizationUri(authorizationUri)
        .tokenUri(tokenUri)
        .userInfoUri(userInfoUri)
        .userNameAttributeName("email")
        .build();
    return new InMemoryClientRegistrationRepository(registration);
  }

  @Bean
  SecurityFilterChain oauthFilterChain(HttpSecurity http, WardenService wardenService)
      throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/health", "/prometheus", "/auth/redirect").permitAll()
            .anyRequest().authenticated())
        .oauth2Login(o -> o.successHandler(new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          public void onAuthenticationSuccess(HttpServletRequest request,
              HttpServletResponse response, Authentication authentication)
              throws IOException, ServletException {
            // warden resolves group membership itself; this just primes its permission cache
            wardenService.loginUser(authentication.getName(), "").execute();
            super.onAuthenticationSuccess(request, response, authentication);
          }
        }))
        .csrf(c -> c.disable());
    return http.build();
  }
}
