package com.railwaygo.seat;

import com.railwaygo.common.util.Response;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/seatservice")
public class SeatController {

    private final SeatServiceImpl seatService;

    public SeatController(SeatServiceImpl seatService) {
        this.seatService = seatService;
    }

    @GetMapping("/welcome")
    public String home() {
        return "Welcome to [ Seat Service ] !";
    }

    @GetMapping("/seats/left_tickets")
    public Response<Integer> left(@RequestParam String tripId, @RequestParam String travelDate,
                                  @RequestParam int seatClass) {
        return Response.ok("Get Left Ticket of Internal Success", seatService.leftTickets(tripId, travelDate, seatClass));
    }

    @PostMapping("/seats")
    public Response<Integer> create(@RequestParam String tripId, @RequestParam String travelDate,
                                    @RequestParam int seatClass) {
        return seatService.distribute(tripId, travelDate, seatClass);
    }
}
