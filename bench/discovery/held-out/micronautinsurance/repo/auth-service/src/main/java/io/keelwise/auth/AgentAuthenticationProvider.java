package io.keelwise.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationProvider;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import jakarta.inject.Singleton;
import org.mindrot.jbcrypt.BCrypt;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Validates agent credentials against the auth database. The built-in /login endpoint of
 * micronaut-security-jwt then signs and returns the bearer token.
 */
@Singleton
public class AgentAuthenticationProvider implements AuthenticationProvider {

    private final AgentRepository agents;

    public AgentAuthenticationProvider(AgentRepository agents) {
        this.agents = agents;
    }

    @Override
    public Publisher<AuthenticationResponse> authenticate(@Nullable HttpRequest<?> httpRequest,
                                                          AuthenticationRequest<?, ?> request) {
        String login = (String) request.getIdentity();
        String password = (String) request.getSecret();
        return Mono.fromCallable(() -> agents.findByLogin(login)
                .filter(agent -> BCrypt.checkpw(password, agent.passwordHash()))
                .map(agent -> AuthenticationResponse.success(agent.login(), agent.roleList(),
                        Map.of("avatar", agent.avatar() == null ? "" : agent.avatar())))
                .orElseGet(AuthenticationResponse::failure));
    }
}
