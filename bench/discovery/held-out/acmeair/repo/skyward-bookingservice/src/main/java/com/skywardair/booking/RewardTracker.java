package com.skywardair.booking;

import com.skywardair.booking.client.CustomerClient;
import com.skywardair.booking.client.FlightClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Credits reward miles for a booked segment: asks the flight service how many miles the
 * segment is worth, then adds them to the customer's total on the customer service.
 */
@ApplicationScoped
public class RewardTracker {

    private static final Logger LOG = Logger.getLogger(RewardTracker.class.getName());

    @Inject
    @RestClient
    FlightClient flightClient;

    @Inject
    @RestClient
    CustomerClient customerClient;

    @Inject
    @ConfigProperty(name = "skyward.rewards.enabled", defaultValue = "true")
    boolean enabled;

    @Retry(maxRetries = 2)
    @Timeout(3000)
    @Fallback(fallbackMethod = "skipRewards")
    public long updateRewardMiles(String customerId, String flightSegId, boolean add) {
        if (!enabled) {
            return 0;
        }
        long miles = flightClient.getRewardMiles(flightSegId).miles;
        if (!add) {
            miles = -miles;
        }
        long total = customerClient.updateTotalMiles(customerId, miles).total_miles;
        LOG.fine(() -> "customer " + customerId + " now has " + total + " miles");
        return total;
    }

    long skipRewards(String customerId, String flightSegId, boolean add) {
        LOG.log(Level.WARNING, "reward update skipped for {0} / {1}", new Object[] {customerId, flightSegId});
        return -1;
    }
}
