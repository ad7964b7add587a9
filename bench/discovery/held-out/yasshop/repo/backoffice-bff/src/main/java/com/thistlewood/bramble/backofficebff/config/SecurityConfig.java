package com.thistlewood.bramble.backofficebff.config;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.server.SecurityWebFilterChain;

@Configuration
@EnableWebFluxSecurity
public class SecurityConfig {

    private static final String REALM_ACCESS_CLAIM = "realm_access";
    private static final String ROLES_CLAIM = "roles";

    @Bean
    public SecurityWebFilterChain springSecurityFilterChain(ServerHttpSecurity http) {
        return http
                .authorizeExchange(ex -> ex
                        .pathMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyExchange().hasRole("ADMIN"))
                .oauth2Login(oauth2 -> { })
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build();
    }

    /** Maps Keycloak realm roles (realm_access.roles) to ROLE_* authorities. */
    @Bean
    public GrantedAuthoritiesMapper userAuthoritiesMapperForKeycloak() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Map<String, Object> userInfo = oidc.getUserInfo() != null
                            ? oidc.getUserInfo().getClaims()
                            : oidc.getIdToken().getClaims();
                    Object realmAccess = userInfo.get(REALM_ACCESS_CLAIM);
                    if (realmAccess instanceof Map<?, ?> access
                            && access.get(ROLES_CLAIM) instanceof Collection<?> roles) {
                        roles.forEach(r -> mapped.add(new SimpleGrantedAuthority("ROLE_" + r)));
                    }
                }
            }
            return mapped;
        };
    }
}
