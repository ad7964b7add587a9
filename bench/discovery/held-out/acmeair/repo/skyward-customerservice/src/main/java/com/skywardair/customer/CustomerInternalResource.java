package com.skywardair.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Service-to-service API. nginx denies /customer/internal from outside (see nginx.conf);
 * auth calls validateid, booking calls updateCustomerTotalMiles.
 */
@Path("/internal")
@RequestScoped
public class CustomerInternalResource {

    @Inject
    CustomerStore store;

    @POST
    @Path("/validateid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public JsonObject validateId(@FormParam("login") String login, @FormParam("password") String password) {
        boolean valid = login != null && password != null && store.validate(login, password);
        return Json.createObjectBuilder()
                .add("validCustomer", valid)
                .add("customerId", valid ? login : "")
                .build();
    }

    @POST
    @Path("/updateCustomerTotalMiles/{custid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    public Response updateTotalMiles(@PathParam("custid") String customerId,
                                     @FormParam("miles") long miles) {
        long total = store.addMiles(customerId, miles, miles);
        if (total < 0) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(Json.createObjectBuilder().add("total_miles", total).build()).build();
    }
}
