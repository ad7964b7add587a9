package com.skywardair.auth;

import com.ibm.websphere.security.jwt.JwtBuilder;
import com.ibm.websphere.security.jwt.JwtException;
import com.ibm.websphere.security.jwt.InvalidBuilderException;
import com.ibm.websphere.security.jwt.InvalidClaimException;
import com.ibm.websphere.security.jwt.KeyException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds signed JWTs with Liberty's jwtBuilder configured in server.xml. */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    @ConfigProperty(name = "skyward.jwt.builder", defaultValue = "skywardJwtBuilder")
    String builderId;

    @Inject
    @ConfigProperty(name = "skyward.jwt.groups", defaultValue = "user")
    List<String> groups;

    public String issue(String login) {
        try {
            return JwtBuilder.create(builderId)
                    .subject(login)
                    .claim("upn", login)
                    .claim("groups", groups.toArray(new String[0]))
                    .buildJwt()
                    .compact();
        } catch (JwtException | InvalidBuilderException | InvalidClaimException | KeyException e) {
            throw new IllegalStateException("Could not build JWT for " + login, e);
        }
    }
}
