package io.driftwood.homeoffice;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    public record StoreSummary(String storeId, long orders, double revenue, double avgSecondsToFulfil) { }

    @GET
    @Path("/stores")
    public List<StoreSummary> stores() {
        return OrderRecord.<OrderRecord>listAll().stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.storeId))
                .entrySet().stream()
                .map(e -> summarise(e.getKey(), e.getValue()))
                .toList();
    }

    @GET
    @Path("/stores/{storeId}/orders")
    public List<OrderRecord> orders(@PathParam("storeId") String storeId) {
        return OrderRecord.forStore(storeId);
    }

    static StoreSummary summarise(String storeId, List<OrderRecord> records) {
        double revenue = records.stream().filter(r -> r.total != null).mapToDouble(r -> r.total.doubleValue()).sum();
        double avg = records.stream()
                .filter(r -> r.fulfilledAt != null && r.createdAt != null)
                .mapToLong(r -> r.fulfilledAt.getEpochSecond() - r.createdAt.getEpochSecond())
                .average().orElse(0);
        return new StoreSummary(storeId, records.size(), revenue, avg);
    }
}
