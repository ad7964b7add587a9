package com.kestrel.skyparcel.dronescheduler;

import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.PartitionKey;
import com.azure.cosmos.models.SqlParameter;
import com.azure.cosmos.models.SqlQuerySpec;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Service
public class DroneAssignmentService {

    private final CosmosContainer container;

    public DroneAssignmentService(CosmosContainer droneUtilizationContainer) {
        this.container = droneUtilizationContainer;
    }

    public String assign(String deliveryId, Map<String, Object> delivery) {
        String droneId = "kestrel-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", deliveryId);
        doc.put("droneId", droneId);
        doc.put("ownerId", delivery.getOrDefault("ownerId", "unknown"));
        doc.put("status", "Assigned");
        container.upsertItem(doc, new PartitionKey(doc.get("ownerId")), new CosmosItemRequestOptions());
        return droneId;
    }

    public void release(String deliveryId) {
        // soft-release; the assignment doc is kept for utilization reporting
    }

    @SuppressWarnings("rawtypes")
    public Map<String, Object> utilization(String ownerId) {
        SqlQuerySpec query = new SqlQuerySpec(
                "SELECT VALUE COUNT(1) FROM c WHERE c.ownerId = @owner",
                List.of(new SqlParameter("@owner", ownerId)));
        long count = container.queryItems(query, new CosmosQueryRequestOptions(), Long.class)
                .stream().findFirst().orElse(0L);
        Map<String, Object> result = new HashMap<>();
        result.put("ownerId", ownerId);
        result.put("assignments", count);
        return result;
    }
}
