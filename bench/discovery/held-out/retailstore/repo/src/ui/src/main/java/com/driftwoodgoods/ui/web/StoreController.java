package com.driftwoodgoods.ui.web;

import java.util.List;
import java.util.UUID;

import com.driftwoodgoods.ui.config.RetailUiProperties;
import com.driftwoodgoods.ui.services.carts.CartsService;
import com.driftwoodgoods.ui.services.catalog.CatalogService;
import com.driftwoodgoods.ui.services.checkout.CheckoutService;
import com.driftwoodgoods.ui.services.orders.OrdersService;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@Controller
public class StoreController {

    static final String SESSION_COOKIE = "DWG_SESSION";
    private static final int PAGE_SIZE = 12;

    private final CatalogService catalog;
    private final CartsService carts;
    private final CheckoutService checkout;
    private final OrdersService orders;
    private final RetailUiProperties properties;

    public StoreController(CatalogService catalog, CartsService carts, CheckoutService checkout,
                           OrdersService orders, RetailUiProperties properties) {
        this.catalog = catalog;
        this.carts = carts;
        this.checkout = checkout;
        this.orders = orders;
        this.properties = properties;
    }

    private String customerId(ServerWebExchange exchange) {
        var cookie = exchange.getRequest().getCookies().getFirst(SESSION_COOKIE);
        if (cookie != null) {
            return cookie.getValue();
        }
        String id = UUID.randomUUID().toString();
        exchange.getResponse().addCookie(ResponseCookie.from(SESSION_COOKIE, id).httpOnly(true).path("/").build());
        return id;
    }

    @ModelAttribute
    public void common(Model model, ServerWebExchange exchange) {
        model.addAttribute("theme", properties.getTheme());
        model.addAttribute("banner", properties.getBanner());
        model.addAttribute("cart", carts.getCart(customerId(exchange)));
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("featured", catalog.products(null, "name", 1, 4));
        return "home";
    }

    @GetMapping("/catalog")
    public String catalog(@RequestParam(required = false) String tag,
                          @RequestParam(defaultValue = "1") int page,
                          @RequestParam(defaultValue = "name") String order, Model model) {
        model.addAttribute("tags", catalog.tags());
        model.addAttribute("products", catalog.products(tag, order, page, PAGE_SIZE));
        model.addAttribute("count", catalog.productCount(tag));
        model.addAttribute("page", page);
        return "catalog";
    }

    @GetMapping("/catalog/{id}")
    public String product(@PathVariable String id, Model model) {
        model.addAttribute("product", catalog.product(id));
        return "product";
    }

    @GetMapping("/cart")
    public String cart() {
        return "cart";
    }

    @PostMapping("/cart")
    public Mono<String> addToCart(@ModelAttribute AddToCartForm form, ServerWebExchange exchange) {
        return carts.addItem(customerId(exchange), form.productId(), Math.max(1, form.quantity()))
            .thenReturn("redirect:/cart");
    }

    @PostMapping("/cart/remove")
    public Mono<String> removeFromCart(@ModelAttribute AddToCartForm form, ServerWebExchange exchange) {
        return carts.removeItem(customerId(exchange), form.productId()).thenReturn("redirect:/cart");
    }

    @PostMapping("/checkout")
    public Mono<String> startCheckout(@ModelAttribute CheckoutService.ShippingAddress address,
                                      ServerWebExchange exchange, Model model) {
        String customerId = customerId(exchange);
        return carts.getCart(customerId)
            .map(cart -> new CheckoutService.CheckoutRequest(
                cart.items().stream().map(i -> new CheckoutService.Item(i.productId(), i.name(), i.quantity(), i.unitPrice())).toList(),
                address, null))
            .flatMap(req -> checkout.update(customerId, req))
            .doOnNext(c -> model.addAttribute("checkout", c))
            .thenReturn("checkout-delivery");
    }

    @PostMapping("/checkout/delivery")
    public Mono<String> delivery(@RequestParam String token, ServerWebExchange exchange, Model model) {
        String customerId = customerId(exchange);
        return checkout.get(customerId)
            .flatMap(c -> checkout.update(customerId,
                new CheckoutService.CheckoutRequest(c.request().items(), c.request().shippingAddress(), token)))
            .doOnNext(c -> model.addAttribute("checkout", c))
            .thenReturn("checkout-review");
    }

    @PostMapping("/checkout/submit")
    public Mono<String> submit(ServerWebExchange exchange, Model model) {
        String customerId = customerId(exchange);
        return checkout.submit(customerId)
            .flatMap(result -> carts.deleteCart(customerId).thenReturn(result))
            .doOnNext(result -> model.addAttribute("order", result))
            .thenReturn("checkout-complete");
    }

    @GetMapping("/orders")
    public String myOrders(ServerWebExchange exchange, Model model) {
        model.addAttribute("orders", orders.ordersForCustomer(customerId(exchange)));
        return "orders";
    }

    public record AddToCartForm(String productId, int quantity) {}
}
