package com.skywardair.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.annotation.Timed;

/** Public customer API, reached through nginx at /customer. */
@Path("/")
@RequestScoped
public class CustomerResource {

    @Inject
    CustomerStore store;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("/byid/{custid}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Timed(name = "get_customer")
    public Response getCustomer(@PathParam("custid") String customerId) {
        if (!customerId.equals(jwt.getName())) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        JsonObject customer = store.findById(customerId);
        return customer == null ? Response.status(Response.Status.NOT_FOUND).build() : Response.ok(customer).build();
    }

    @POST
    @Path("/byid/{custid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    public Response updateCustomer(@PathParam("custid") String customerId, JsonObject profile) {
        if (!customerId.equals(jwt.getName())) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        store.update(customerId, profile);
        return Response.ok(store.findById(customerId)).build();
    }

    @GET
    @Path("/status")
    @Produces(MediaType.TEXT_PLAIN)
    public String status() {
        return "OK";
    }
}
