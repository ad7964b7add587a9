package com.skywardair.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

import org.bson.Document;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.annotation.Timed;

@Path("/")
@RequestScoped
public class BookingResource {

    @Inject
    BookingStore store;

    @Inject
    RewardTracker rewardTracker;

    @Inject
    JsonWebToken jwt;

    @POST
    @Path("/bookflights")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Timed(name = "book_flights")
    public Response bookFlights(@FormParam("userid") String userid,
                                @FormParam("toFlightSegId") String toFlightSegId,
                                @FormParam("toFlightId") String toFlightId,
                                @FormParam("retFlightSegId") String retFlightSegId,
                                @FormParam("retFlightId") String retFlightId,
                                @FormParam("oneWayFlight") boolean oneWay) {
        if (!userid.equals(jwt.getName())) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }

        String toBookingId = store.create(userid, toFlightSegId, toFlightId);
        rewardTracker.updateRewardMiles(userid, toFlightSegId, true);

        String retBookingId = "";
        if (!oneWay) {
            retBookingId = store.create(userid, retFlightSegId, retFlightId);
            rewardTracker.updateRewardMiles(userid, retFlightSegId, true);
        }

        String body = "{\"oneWay\":" + oneWay
                + ",\"departBookingId\":\"" + toBookingId + "\""
                + (oneWay ? "" : ",\"returnBookingId\":\"" + retBookingId + "\"") + "}";
        return Response.ok(body).build();
    }

    @GET
    @Path("/byuser/{user}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    public Response bookingsByUser(@PathParam("user") String user) {
        if (!user.equals(jwt.getName())) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        List<String> bookings = store.byUser(user);
        return Response.ok("[" + String.join(",", bookings) + "]").build();
    }

    @POST
    @Path("/cancelbooking")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("user")
    public Response cancel(@FormParam("userid") String userid, @FormParam("number") String number) {
        if (!userid.equals(jwt.getName())) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        Document booking = store.get(userid, number);
        if (booking == null || !store.cancel(userid, number)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        rewardTracker.updateRewardMiles(userid, booking.getString("flightSegmentId"), false);
        return Response.ok("booking " + number + " deleted.").build();
    }

    @GET
    @Path("/status")
    @Produces(MediaType.TEXT_PLAIN)
    public String status() {
        return "OK";
    }
}
