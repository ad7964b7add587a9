package com.thistlewood.bramble.storefrontbff.config;

import java.net.URI;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Configuration
@EnableWebFluxSecurity
public class SecurityConfig {

    private final ReactiveClientRegistrationRepository clientRegistrationRepository;

    public SecurityConfig(ReactiveClientRegistrationRepository clientRegistrationRepository) {
        this.clientRegistrationRepository = clientRegistrationRepository;
    }

    @Bean
    public SecurityWebFilterChain springSecurityFilterChain(ServerHttpSecurity http) {
        return http
                .authorizeExchange(ex -> ex
                        .pathMatchers("/actuator/**").permitAll()
                        .pathMatchers("/profile/**", "/checkout/**", "/api/order/**", "/api/cart/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2Login(oauth2 -> { })
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(logout -> logout.logoutSuccessHandler(oidcLogoutSuccessHandler()))
                .build();
    }

    private ServerLogoutSuccessHandler oidcLogoutSuccessHandler() {
        var handler = new OidcClientInitiatedServerLogoutSuccessHandler(clientRegistrationRepository);
        handler.setPostLogoutRedirectUri("{baseUrl}");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }

    /** Lets the Next.js app know who is logged in. */
    @RestController
    static class AuthenticationController {

        @GetMapping("/authentication")
        public Mono<Map<String, Object>> user(@AuthenticationPrincipal OidcUser principal) {
            if (principal == null) {
                return Mono.just(Map.of("isAuthenticated", false));
            }
            return Mono.just(Map.of(
                    "isAuthenticated", true,
                    "username", principal.getPreferredUsername(),
                    "email", String.valueOf(principal.getEmail())));
        }
    }
}
