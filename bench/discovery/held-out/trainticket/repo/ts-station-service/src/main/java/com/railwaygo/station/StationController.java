package com.railwaygo.station;

import com.railwaygo.common.util.Response;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.List;

@RestController
@RequestMapping("/api/v1/stationservice")
public class StationController {

    private final StationRepository repository;

    public StationController(StationRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/welcome")
    public String home() {
        return "Welcome to [ Station Service ] !";
    }

    @GetMapping("/stations")
    public Response<List<Station>> all() {
        return Response.ok("Find all content", repository.findAll());
    }

    @PostMapping("/stations")
    public ResponseEntity<Response<Station>> create(@RequestBody Station station) {
        if (repository.findByName(station.getName()).isPresent()) {
            return ResponseEntity.ok(Response.fail("Already exists"));
        }
        return ResponseEntity.ok(Response.ok("Create success", repository.save(station)));
    }

    @GetMapping("/stations/id/{stationName}")
    public Response<String> queryForId(@PathVariable String stationName) {
        return repository.findByName(stationName)
                .map(s -> Response.ok("Success", s.getId()))
                .orElseGet(() -> Response.fail("Not exists"));
    }

    @GetMapping("/stations/name/{stationId}")
    public Response<String> queryById(@PathVariable String stationId) {
        return repository.findById(stationId)
                .map(s -> Response.ok("Success", s.getName()))
                .orElseGet(() -> Response.fail("No that stationId"));
    }
}
