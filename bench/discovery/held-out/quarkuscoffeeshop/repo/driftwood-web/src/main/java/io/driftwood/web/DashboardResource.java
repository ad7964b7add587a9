package io.driftwood.web;

import io.driftwood.web.domain.DashboardUpdate;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.Map;

@Path("/dashboard")
public class DashboardResource {

    @Inject
    @Channel("web-updates")
    Multi<DashboardUpdate> updates;

    @Inject
    MenuState menuState;

    @ConfigProperty(name = "stream.url")
    String streamUrl;

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<DashboardUpdate> stream() {
        return updates;
    }

    /** Tells the page where to open its EventSource and which items are 86'd. */
    @GET
    @Path("/config")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> config() {
        return Map.of(
                "streamUrl", streamUrl,
                "unavailable", menuState.unavailableItems());
    }
}
