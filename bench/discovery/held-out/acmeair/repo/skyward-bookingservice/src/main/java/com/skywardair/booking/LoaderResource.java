package com.skywardair.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Clears bookings before a benchmark run. */
@Path("/loader")
@RequestScoped
public class LoaderResource {

    @Inject
    BookingStore store;

    @GET
    @Path("/load")
    @Produces(MediaType.TEXT_PLAIN)
    public String clear() {
        store.dropAll();
        return "Cleared bookings";
    }

    @GET
    @Path("/query")
    @Produces(MediaType.TEXT_PLAIN)
    public String count() {
        return "Number of bookings: " + store.count();
    }
}
