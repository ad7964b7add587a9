package io.driftwood.inventory;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

@Path("/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @Inject
    StockRoom stockRoom;

    @GET
    public Map<String, Integer> all() {
        return stockRoom.snapshot();
    }

    @GET
    @Path("/{ingredient}")
    public Map<String, Object> one(@PathParam("ingredient") String ingredient) {
        return Map.of("ingredient", ingredient, "level", stockRoom.level(ingredient));
    }
}
