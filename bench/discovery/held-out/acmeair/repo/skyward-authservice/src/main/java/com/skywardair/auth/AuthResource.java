package com.skywardair.auth;

import com.skywardair.auth.client.CustomerClient;
import com.skywardair.auth.client.LoginValidation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/")
@RequestScoped
public class AuthResource {

    private static final Logger LOG = Logger.getLogger(AuthResource.class.getName());

    @Inject
    @RestClient
    CustomerClient customerClient;

    @Inject
    TokenIssuer tokenIssuer;

    @Inject
    @ConfigProperty(name = "skyward.auth.cookie", defaultValue = "skyward_session")
    String cookieName;

    /**
     * Validates the credentials with the customer service and returns a JWT both as the body
     * and as a cookie the web UI sends back on later calls.
     */
    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    @Timed(name = "login_time")
    @Counted(name = "login_count")
    public Response login(@FormParam("login") String login, @FormParam("password") String password) {
        if (login == null || login.isBlank() || password == null) {
            return Response.status(Response.Status.BAD_REQUEST).entity("login and password required").build();
        }

        LoginValidation result;
        try {
            result = customerClient.validateCustomer(login, password);
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "customer service unavailable", e);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }

        if (result == null || !result.isValidCustomer()) {
            return Response.status(Response.Status.FORBIDDEN).entity("invalid credentials").build();
        }

        String jwt = tokenIssuer.issue(login);
        NewCookie cookie = new NewCookie.Builder(cookieName)
                .value(jwt).path("/").httpOnly(true).secure(false).maxAge(3600).build();
        return Response.ok("logged in").cookie(cookie).header("Authorization", "Bearer " + jwt).build();
    }

    @GET
    @Path("/logout")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).build();
        return Response.ok("logged out").cookie(expired).build();
    }

    @GET
    @Path("/status")
    @Produces(MediaType.TEXT_PLAIN)
    public String status() {
        return "OK";
    }
}
