package com.skywardair.booking.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Flight service (Node.js). Base URL from {@code flightClient/mp-rest/url}. */
@RegisterRestClient(configKey = "flightClient")
public interface FlightClient {

    @POST
    @Path("/getrewardmiles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    RewardMiles getRewardMiles(@FormParam("flightSegment") String flightSegmentId);

    /** {"miles": 2400} */
    class RewardMiles {
        public long miles;
    }
}
