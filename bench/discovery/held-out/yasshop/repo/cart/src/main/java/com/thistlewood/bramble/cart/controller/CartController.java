package com.thistlewood.bramble.cart.controller;

import com.thistlewood.bramble.cart.service.CartService;
import com.thistlewood.bramble.cart.service.CartService.CartItem;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CartController {

    private final CartService cartService;

    public CartController(CartService cartService) {
        this.cartService = cartService;
    }

    @GetMapping("/storefront/cart-items")
    public List<CartItem> getCart(@AuthenticationPrincipal Jwt jwt) {
        return cartService.getCart(jwt.getSubject());
    }

    @PostMapping("/storefront/cart-items")
    public CartItem add(@AuthenticationPrincipal Jwt jwt, @RequestBody CartItem item) {
        return cartService.addToCart(jwt.getSubject(), item);
    }

    /** Called by order service after checkout. */
    @DeleteMapping("/storefront/cart-item/multi-delete")
    public ResponseEntity<Void> deleteItems(@AuthenticationPrincipal Jwt jwt,
                                            @RequestParam List<Long> productIds) {
        cartService.deleteItems(jwt.getSubject(), productIds);
        return ResponseEntity.noContent().build();
    }
}
