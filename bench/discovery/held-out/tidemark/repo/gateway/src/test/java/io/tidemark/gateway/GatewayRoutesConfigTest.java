package io.tidemark.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.route.RouteLocator;

@SpringBootTest(properties = {
        "ORDERS_URI=http://orders.test:1",
        "SHIPMENTS_URI=http://shipments.test:1",
        "INVOICES_URI=http://invoices.test:1"
})
class GatewayRoutesConfigTest {

    @Autowired
    RouteLocator routes;

    @Test
    void oneRoutePerUpstream() {
        var ids = routes.getRoutes().map(r -> r.getId()).collectList().block();
        assertThat(ids).containsExactlyInAnyOrder("orders", "shipments", "invoices");
    }
}
