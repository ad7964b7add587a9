package io.driftwood.counter.loyalty;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;

/**
 * Customer rewards. Base URL comes from {@code quarkus.rest-client.loyalty-api.url}.
 */
@Path("/rewards")
@RegisterRestClient(configKey = "loyalty-api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface LoyaltyClient {

    @POST
    @Path("/{memberId}/earn")
    @Timeout(2000)
    @Fallback(fallbackMethod = "earnFallback")
    EarnResponse earn(@PathParam("memberId") String memberId, EarnRequest request);

    default EarnResponse earnFallback(String memberId, EarnRequest request) {
        Logger.getLogger(LoyaltyClient.class).warnf("loyalty unavailable, %s earns nothing for order %s",
                memberId, request.orderId());
        return new EarnResponse(memberId, 0, "UNKNOWN");
    }

    record EarnRequest(String orderId, String storeId, BigDecimal total, int itemCount) { }

    record EarnResponse(String memberId, int points, String tier) { }
}
