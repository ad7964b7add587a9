package io.driftwood.customermocker;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

@ApplicationScoped
public class CustomerMocker {

    private static final Logger LOG = Logger.getLogger(CustomerMocker.class);

    static final List<String> NAMES = List.of("Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Radia");
    static final List<String> DRINKS = List.of("CAPPUCCINO", "ESPRESSO", "LATTE", "COFFEE_BLACK", "COFFEE_WITH_ROOM");
    static final List<String> FOOD = List.of("CROISSANT", "CROISSANT_CHOCOLATE", "MUFFIN", "CAKEPOP");

    private final Random random = new Random();

    @Inject
    @RestClient
    WebOrderClient web;

    @ConfigProperty(name = "mocker.enabled")
    boolean enabled;

    @ConfigProperty(name = "mocker.max-orders-per-tick", defaultValue = "3")
    int maxOrders;

    @Scheduled(every = "{mocker.interval}", delayed = "20s")
    void tick() {
        if (!enabled) {
            return;
        }
        int n = 1 + random.nextInt(maxOrders);
        for (int i = 0; i < n; i++) {
            WebOrderClient.MockOrder order = randomOrder();
            try {
                int status = web.placeOrder(order).getStatus();
                LOG.debugf("mock order -> %d", status);
            } catch (RuntimeException e) {
                LOG.warnf("web not reachable yet: %s", e.getMessage());
                return;
            }
        }
    }

    WebOrderClient.MockOrder randomOrder() {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        List<WebOrderClient.Line> drinks = new ArrayList<>();
        List<WebOrderClient.Line> food = new ArrayList<>();
        drinks.add(new WebOrderClient.Line(DRINKS.get(random.nextInt(DRINKS.size())), name, new BigDecimal("3.50")));
        if (random.nextBoolean()) {
            food.add(new WebOrderClient.Line(FOOD.get(random.nextInt(FOOD.size())), name, new BigDecimal("2.75")));
        }
        String member = random.nextInt(4) == 0 ? "M-100" + (1 + random.nextInt(2)) : null;
        return new WebOrderClient.MockOrder("COUNTER", member, drinks, food);
    }
}
