package io.keelwise.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mindrot.jbcrypt.BCrypt;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test", startApplication = true)
class LoginTest {

    @Inject
    @Client("/")
    HttpClient client;

    @MockBean(AgentRepository.class)
    AgentRepository agentRepository() {
        AgentRepository repo = mock(AgentRepository.class);
        when(repo.findByLogin("marina.holt")).thenReturn(Optional.of(
                new Agent(1L, "marina.holt", BCrypt.hashpw("secret", BCrypt.gensalt()), null, "SALESMAN")));
        return repo;
    }

    @Test
    void issuesTokenForValidAgent() {
        BearerAccessRefreshToken token = client.toBlocking().retrieve(
                HttpRequest.POST("/login", new UsernamePasswordCredentials("marina.holt", "secret")),
                BearerAccessRefreshToken.class);
        assertEquals("marina.holt", token.getUsername());
        assertNotNull(token.getAccessToken());
    }
}
