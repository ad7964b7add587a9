package com.skywardair.auth.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Customer service, internal API. The base URL (…/customer) is configured with
 * {@code customerClient/mp-rest/url}.
 */
@RegisterRestClient(configKey = "customerClient")
@Path("/internal")
public interface CustomerClient {

    @POST
    @Path("/validateid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    LoginValidation validateCustomer(@FormParam("login") String login,
                                     @FormParam("password") String password);
}
