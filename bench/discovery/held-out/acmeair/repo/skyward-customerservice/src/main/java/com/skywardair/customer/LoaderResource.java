package com.skywardair.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Creates the uidN@email.com test users the JMeter driver logs in with. */
@Path("/loader")
@RequestScoped
public class LoaderResource {

    @Inject
    CustomerStore store;

    @GET
    @Path("/load")
    @Produces(MediaType.TEXT_PLAIN)
    public String load(@QueryParam("numCustomers") @DefaultValue("10000") int numCustomers) {
        long start = System.currentTimeMillis();
        store.dropAll();
        JsonObject address = Json.createObjectBuilder()
                .add("streetAddress1", "123 Main St.")
                .add("city", "Anytown")
                .add("stateProvince", "NC")
                .add("country", "USA")
                .add("postalCode", "27617")
                .build();
        for (int i = 0; i < numCustomers; i++) {
            store.upsert("uid" + i + "@email.com", "password", "GOLD", address);
        }
        return "Loaded " + numCustomers + " customers in " + (System.currentTimeMillis() - start) + " ms";
    }

    @GET
    @Path("/query")
    @Produces(MediaType.TEXT_PLAIN)
    public String count() {
        return "Number of customers: " + store.count();
    }
}
