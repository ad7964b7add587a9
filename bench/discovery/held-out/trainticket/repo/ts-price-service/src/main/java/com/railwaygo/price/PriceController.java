package com.railwaygo.price;

import com.railwaygo.common.util.Response;
import org.springframework.web.bind.annotation.*;

import java.util.List;

@RestController
@RequestMapping("/api/v1/priceservice")
public class PriceController {

    private final PriceConfigRepository repository;

    public PriceController(PriceConfigRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/welcome")
    public String home() {
        return "Welcome to [ Price Service ] !";
    }

    @GetMapping("/prices/{routeId}/{trainType}")
    public Response<PriceConfig> query(@PathVariable String routeId, @PathVariable String trainType) {
        return repository.findByRouteIdAndTrainType(routeId, trainType)
                .map(p -> Response.ok("Success", p))
                .orElseGet(() -> Response.fail("No price config for " + routeId + "/" + trainType));
    }

    @GetMapping("/prices")
    public Response<List<PriceConfig>> all() {
        return Response.ok("Success", repository.findAll());
    }

    @PostMapping("/prices")
    public Response<PriceConfig> create(@RequestBody PriceConfig config) {
        if (config.getBasicPriceRate() <= 0) {
            return Response.fail("basicPriceRate must be positive");
        }
        return Response.ok("Create success", repository.save(config));
    }
}
