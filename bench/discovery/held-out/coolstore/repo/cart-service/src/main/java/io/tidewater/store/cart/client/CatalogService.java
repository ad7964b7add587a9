package io.tidewater.store.cart.client;

import io.tidewater.store.cart.model.Product;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@Path("/services")
@RegisterRestClient(configKey = "catalog-service")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogService {

    @GET
    @Path("/product/{itemId}")
    @Timeout(2000)
    @Fallback(fallbackMethod = "unknownProduct")
    Product getProduct(@PathParam("itemId") String itemId);

    default Product unknownProduct(String itemId) {
        Product p = new Product();
        p.itemId = itemId;
        p.name = "Unavailable";
        p.price = 0;
        return p;
    }
}
