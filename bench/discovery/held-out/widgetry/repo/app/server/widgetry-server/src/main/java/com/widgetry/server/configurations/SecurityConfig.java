package com.widgetry.server.configurations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;

@Configuration
@EnableWebFluxSecurity
public class SecurityConfig {

    public static final String API_V1 = "/api/v1";

    @Bean
    public SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http, ReactiveClientRegistrationRepository clientRegistrationRepository) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .authorizeExchange(ex -> ex
                        .pathMatchers(HttpMethod.GET, API_V1 + "/health", "/actuator/**").permitAll()
                        .pathMatchers(API_V1 + "/users/signup", API_V1 + "/users/forgotPassword",
                                API_V1 + "/tenants/current", API_V1 + "/users/features").permitAll()
                        .pathMatchers("/oauth2/**", "/login/**").permitAll()
                        .anyExchange().authenticated())
                .formLogin(form -> form.loginPage("/user/login"))
                .oauth2Login(oauth -> oauth.clientRegistrationRepository(clientRegistrationRepository))
                .logout(logout -> logout.logoutUrl(API_V1 + "/logout"))
                .build();
    }
}
