package com.railwaygo.travel;

import com.railwaygo.common.util.Response;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/travelservice")
public class TravelController {

    private final TravelServiceImpl travelService;

    public TravelController(TravelServiceImpl travelService) {
        this.travelService = travelService;
    }

    @GetMapping("/welcome")
    public String home() {
        return "Welcome to [ Travel Service ] !";
    }

    @PostMapping("/trips/left")
    public Response<List<Map<String, Object>>> left(@RequestBody Map<String, String> q) {
        return travelService.queryLeft(q.get("startPlace"), q.get("endPlace"), q.get("departureTime"));
    }
}
