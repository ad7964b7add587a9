package com.socksemporium.carts;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/carts")
public class CartsController {

    private final CartRepository carts;

    public CartsController(CartRepository carts) {
        this.carts = carts;
    }

    private Cart cartFor(String customerId) {
        List<Cart> found = carts.findByCustomerId(customerId);
        return found.isEmpty() ? carts.save(new Cart(customerId)) : found.get(0);
    }

    @GetMapping("/{customerId}")
    public Cart get(@PathVariable String customerId) {
        return cartFor(customerId);
    }

    @DeleteMapping("/{customerId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void delete(@PathVariable String customerId) {
        carts.deleteAll(carts.findByCustomerId(customerId));
    }

    @GetMapping("/{customerId}/items")
    public List<Cart.Item> items(@PathVariable String customerId) {
        return cartFor(customerId).getItems();
    }

    @PostMapping("/{customerId}/items")
    @ResponseStatus(HttpStatus.CREATED)
    public Cart.Item addToCart(@PathVariable String customerId, @RequestBody Cart.Item item) {
        Cart cart = cartFor(customerId);
        cart.getItems().stream()
            .filter(i -> i.getItemId().equals(item.getItemId()))
            .findFirst()
            .ifPresentOrElse(i -> i.setQuantity(i.getQuantity() + 1), () -> {
                item.setQuantity(Math.max(1, item.getQuantity()));
                cart.getItems().add(item);
            });
        carts.save(cart);
        return item;
    }

    @DeleteMapping("/{customerId}/items/{itemId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void removeItem(@PathVariable String customerId, @PathVariable String itemId) {
        Cart cart = cartFor(customerId);
        cart.getItems().removeIf(i -> i.getItemId().equals(itemId));
        carts.save(cart);
    }

    @PatchMapping("/{customerId}/items")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void updateItem(@PathVariable String customerId, @RequestBody Cart.Item item) {
        Cart cart = cartFor(customerId);
        cart.getItems().removeIf(i -> i.getItemId().equals(item.getItemId()));
        cart.getItems().add(item);
        carts.save(cart);
    }
}
