package com.driftwoodgoods.ui.config;

import com.driftwoodgoods.ui.services.carts.CartsService;
import com.driftwoodgoods.ui.services.carts.HttpCartsService;
import com.driftwoodgoods.ui.services.carts.MockCartsService;
import com.driftwoodgoods.ui.services.catalog.CatalogService;
import com.driftwoodgoods.ui.services.catalog.HttpCatalogService;
import com.driftwoodgoods.ui.services.catalog.MockCatalogService;
import com.driftwoodgoods.ui.services.checkout.CheckoutService;
import com.driftwoodgoods.ui.services.checkout.HttpCheckoutService;
import com.driftwoodgoods.ui.services.checkout.MockCheckoutService;
import com.driftwoodgoods.ui.services.orders.HttpOrdersService;
import com.driftwoodgoods.ui.services.orders.MockOrdersService;
import com.driftwoodgoods.ui.services.orders.OrdersService;
import io.netty.channel.ChannelOption;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Builds one WebClient per backend from retail.ui.endpoints.*. When an endpoint is empty we fall
 * back to the in-process mock so the UI can be developed on its own.
 */
@Slf4j
@Configuration
public class ClientConfig {

    private final RetailUiProperties properties;
    private final WebClient.Builder builder;

    public ClientConfig(RetailUiProperties properties, WebClient.Builder builder) {
        this.properties = properties;
        this.builder = builder;
    }

    private WebClient client(String baseUrl) {
        HttpClient http = HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.getTimeouts().getConnect().toMillis())
            .responseTimeout(properties.getTimeouts().getRead());
        return builder.clone()
            .baseUrl(baseUrl)
            .clientConnector(new ReactorClientHttpConnector(http))
            .build();
    }

    @Bean
    public CatalogService catalogService() {
        String endpoint = properties.getEndpoints().getCatalog();
        if (!StringUtils.hasText(endpoint)) {
            log.warn("retail.ui.endpoints.catalog not set, using mock catalog");
            return new MockCatalogService();
        }
        return new HttpCatalogService(client(endpoint));
    }

    @Bean
    public CartsService cartsService(CatalogService catalogService) {
        String endpoint = properties.getEndpoints().getCarts();
        if (!StringUtils.hasText(endpoint)) {
            log.warn("retail.ui.endpoints.carts not set, using mock carts");
            return new MockCartsService(catalogService);
        }
        return new HttpCartsService(client(endpoint), catalogService);
    }

    @Bean
    public OrdersService ordersService() {
        String endpoint = properties.getEndpoints().getOrders();
        if (!StringUtils.hasText(endpoint)) {
            return new MockOrdersService();
        }
        return new HttpOrdersService(client(endpoint));
    }

    @Bean
    public CheckoutService checkoutService() {
        String endpoint = properties.getEndpoints().getCheckout();
        if (!StringUtils.hasText(endpoint)) {
            return new MockCheckoutService();
        }
        return new HttpCheckoutService(client(endpoint));
    }

    // Recommendations are an experiment that never shipped; kept behind a flag.
    // @Bean
    // @ConditionalOnProperty(prefix = "retail.ui.features.recommendations", name = "enabled")
    // public RecommendationsService recommendationsService() {
    //     return new HttpRecommendationsService(client(properties.getFeatures().getRecommendations().getEndpoint()));
    // }
}
