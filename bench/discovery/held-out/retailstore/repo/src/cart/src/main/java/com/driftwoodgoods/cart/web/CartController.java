package com.driftwoodgoods.cart.web;

import java.util.List;

import com.driftwoodgoods.cart.repository.CartRepository;
import com.driftwoodgoods.cart.repository.CartRepository.CartItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/carts")
public class CartController {

    public record Cart(String customerId, List<Item> items) {}

    public record Item(String itemId, int quantity, int unitPrice) {
        static Item of(CartItem i) {
            return new Item(i.itemId(), i.quantity(), i.unitPrice());
        }
    }

    private final CartRepository repository;

    public CartController(CartRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/{customerId}")
    public Cart get(@PathVariable String customerId) {
        return new Cart(customerId, repository.items(customerId).stream().map(Item::of).toList());
    }

    @DeleteMapping("/{customerId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String customerId) {
        repository.deleteCart(customerId);
    }

    @PostMapping("/{customerId}/items")
    @ResponseStatus(HttpStatus.CREATED)
    public Item add(@PathVariable String customerId, @RequestBody Item item) {
        if (item.quantity() < 1) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        return Item.of(repository.add(customerId, item.itemId(), item.quantity(), item.unitPrice()));
    }

    @PatchMapping("/{customerId}/items")
    public Item update(@PathVariable String customerId, @RequestBody Item item) {
        return Item.of(repository.update(customerId, item.itemId(), item.quantity()));
    }

    @GetMapping("/{customerId}/items/{itemId}")
    public ResponseEntity<Item> item(@PathVariable String customerId, @PathVariable String itemId) {
        return ResponseEntity.of(repository.item(customerId, itemId).map(Item::of));
    }

    @DeleteMapping("/{customerId}/items/{itemId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void remove(@PathVariable String customerId, @PathVariable String itemId) {
        repository.deleteItem(customerId, itemId);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String badRequest(IllegalArgumentException e) {
        return e.getMessage();
    }
}
