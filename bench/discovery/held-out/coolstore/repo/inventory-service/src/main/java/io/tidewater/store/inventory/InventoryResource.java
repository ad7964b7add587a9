package io.tidewater.store.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/services/inventory")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @GET
    public List<Inventory> getAll() {
        return Inventory.listAll();
    }

    @GET
    @Path("/{itemId}")
    public Inventory getAvailability(@PathParam("itemId") String itemId) {
        Inventory inv = Inventory.findByItemId(itemId);
        if (inv == null) {
            throw new NotFoundException("Unknown item " + itemId);
        }
        return inv;
    }
}
