package io.driftwood.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps track of items the inventory service has "86'd" so the menu can grey them out.
 */
@ApplicationScoped
public class MenuState {

    private static final Logger LOG = Logger.getLogger(MenuState.class);

    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();

    @Incoming("eighty-six")
    public void onEightySix(String payload) {
        // payload is "ITEM" to 86 an item, "-ITEM" when it is back in stock
        if (payload.startsWith("-")) {
            unavailable.remove(payload.substring(1));
            LOG.infof("%s is back", payload.substring(1));
        } else {
            unavailable.add(payload);
            LOG.infof("86 %s", payload);
        }
    }

    public Set<String> unavailableItems() {
        return Set.copyOf(unavailable);
    }
}
