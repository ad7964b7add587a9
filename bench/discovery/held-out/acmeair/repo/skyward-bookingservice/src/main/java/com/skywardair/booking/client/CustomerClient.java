package com.skywardair.booking.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Customer service internal API. Base URL from {@code customerClient/mp-rest/url}. */
@RegisterRestClient(configKey = "customerClient")
@RegisterClientHeaders
@Path("/internal")
public interface CustomerClient {

    @POST
    @Path("/updateCustomerTotalMiles/{custid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    MilesResponse updateTotalMiles(@PathParam("custid") String customerId, @FormParam("miles") long miles);

    /** {"total_miles": 120000} */
    class MilesResponse {
        public long total_miles;
    }
}
