package com.kestrel.skyparcel.dronescheduler;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.Map;

@RestController
@RequestMapping("/api")
public class DroneDeliveryController {

    private final DroneAssignmentService assignments;

    public DroneDeliveryController(DroneAssignmentService assignments) {
        this.assignments = assignments;
    }

    @PutMapping({"/dronedeliveries/{id}", "/v2/dronedeliveries/{id}"})
    public ResponseEntity<String> assignDrone(@PathVariable String id, @RequestBody Map<String, Object> delivery) {
        return ResponseEntity.ok(assignments.assign(id, delivery));
    }

    @DeleteMapping("/dronedeliveries/{id}")
    public ResponseEntity<Void> release(@PathVariable String id) {
        assignments.release(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/dronedeliveries/utilization/{ownerId}")
    public ResponseEntity<Map<String, Object>> utilization(@PathVariable String ownerId) {
        return ResponseEntity.ok(assignments.utilization(ownerId));
    }
}
