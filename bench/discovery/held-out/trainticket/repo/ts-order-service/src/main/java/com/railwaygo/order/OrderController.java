package com.railwaygo.order;

import com.railwaygo.common.util.Response;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.*;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/orderservice")
public class OrderController {

    private final OrderServiceImpl orderService;

    public OrderController(OrderServiceImpl orderService) {
        this.orderService = orderService;
    }

    @GetMapping("/welcome")
    public String home() {
        return "Welcome to [ Order Service ] !";
    }

    @PostMapping("/order")
    public Response<Order> create(@RequestBody Order order) {
        return orderService.create(order);
    }

    @GetMapping("/order/account/{accountId}")
    public Response<List<Order>> byAccount(@PathVariable String accountId) {
        return orderService.queryByAccount(accountId);
    }

    /** Used by ts-seat-service to know which seats are already taken. */
    @GetMapping("/order/tickets")
    public Response<List<Integer>> sold(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate travelDate,
                                        @RequestParam String tripId,
                                        @RequestParam int seatClass) {
        return orderService.soldSeats(travelDate, tripId, seatClass);
    }
}
