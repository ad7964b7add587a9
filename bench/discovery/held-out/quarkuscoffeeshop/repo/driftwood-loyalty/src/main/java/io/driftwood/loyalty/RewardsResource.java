package io.driftwood.loyalty;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/rewards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RewardsResource {

    private static final Logger LOG = Logger.getLogger(RewardsResource.class);

    public record EarnRequest(String orderId, String storeId, BigDecimal total, int itemCount) { }

    public record EarnResponse(String memberId, int points, String tier) { }

    @Inject
    RewardMailer mailer;

    @ConfigProperty(name = "loyalty.points-per-dollar", defaultValue = "10")
    int pointsPerDollar;

    @ConfigProperty(name = "loyalty.tiers")
    List<String> tiers;

    @GET
    @Path("/{memberId}")
    public EarnResponse get(@PathParam("memberId") String memberId) {
        RewardAccount account = RewardAccount.findById(memberId);
        if (account == null) {
            throw new NotFoundException();
        }
        return new EarnResponse(account.memberId, account.points, account.tier);
    }

    @POST
    @Path("/{memberId}/earn")
    @Transactional
    public EarnResponse earn(@PathParam("memberId") String memberId, EarnRequest request) {
        RewardAccount account = RewardAccount.findOrCreate(memberId);
        int earned = request.total() == null ? request.itemCount() * pointsPerDollar
                : request.total().multiply(BigDecimal.valueOf(pointsPerDollar)).intValue();
        account.points += earned;
        account.lastVisit = Instant.now();

        String newTier = tierFor(account.points);
        if (!newTier.equals(account.tier)) {
            account.tier = newTier;
            LOG.infof("%s reached %s", memberId, newTier);
            mailer.tierReached(account).subscribe().with(
                    ok -> { },
                    err -> LOG.warnf(err, "could not mail %s", memberId));
        }
        return new EarnResponse(memberId, account.points, account.tier);
    }

    String tierFor(int points) {
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        for (String t : tiers) {
            String[] parts = t.split(":");
            thresholds.put(parts[0], Integer.parseInt(parts[1]));
        }
        String result = "BEAN";
        for (Map.Entry<String, Integer> e : thresholds.entrySet()) {
            if (points >= e.getValue()) {
                result = e.getKey();
            }
        }
        return result;
    }
}
