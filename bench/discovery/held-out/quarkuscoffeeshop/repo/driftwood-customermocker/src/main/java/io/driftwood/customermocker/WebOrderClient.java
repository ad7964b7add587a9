package io.driftwood.customermocker;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The same endpoint the browser posts to. */
@Path("/order")
@RegisterRestClient(configKey = "web-api")
public interface WebOrderClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response placeOrder(MockOrder order);

    record Line(String item, String name, java.math.BigDecimal price) { }

    record MockOrder(String orderSource, String loyaltyMemberId, List<Line> baristaLineItems, List<Line> kitchenLineItems) { }
}
