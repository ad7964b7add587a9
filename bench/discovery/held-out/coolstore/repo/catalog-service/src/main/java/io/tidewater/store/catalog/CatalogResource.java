package io.tidewater.store.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/services")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @GET
    @Path("/products")
    public List<Product> getAll() {
        return Product.listAll();
    }

    @GET
    @Path("/product/{itemId}")
    public Product getProduct(@PathParam("itemId") String itemId) {
        Product p = Product.findByItemId(itemId);
        if (p == null) {
            throw new NotFoundException("No product " + itemId);
        }
        return p;
    }
}
