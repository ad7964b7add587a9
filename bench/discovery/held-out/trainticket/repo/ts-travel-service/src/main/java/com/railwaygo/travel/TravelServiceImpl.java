package com.railwaygo.travel;

import com.railwaygo.common.util.Response;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

import java.util.*;

@Service
public class TravelServiceImpl {

    @Value("${station.service.url}")
    private String stationServiceUrl;

    private final TripRepository tripRepository;
    private final RestTemplate restTemplate;

    public TravelServiceImpl(TripRepository tripRepository, RestTemplate restTemplate) {
        this.tripRepository = tripRepository;
        this.restTemplate = restTemplate;
    }

    public Response<List<Map<String, Object>>> queryLeft(String startPlace, String endPlace, String date) {
        String startId = stationId(startPlace);
        String endId = stationId(endPlace);
        if (startId == null || endId == null) {
            return Response.fail("Unknown station");
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Trip trip : tripRepository.findAll()) {
            int s = trip.getStations().indexOf(startId);
            int e = trip.getStations().indexOf(endId);
            if (s < 0 || e < 0 || s >= e) {
                continue;
            }
            // String routeUrl = "http://ts-route-service:11178/api/v1/routeservice/routes/" + trip.getRouteId();
            // Route route = restTemplate.getForObject(routeUrl, Route.class);
            Map<String, Object> info = new HashMap<>();
            info.put("tripId", trip.getTripId());
            info.put("startStation", startPlace);
            info.put("terminalStation", endPlace);
            info.put("economyClass", leftTickets(trip.getTripId(), date, 2));
            info.put("confortClass", leftTickets(trip.getTripId(), date, 1));
            info.put("priceForEconomyClass", price(trip.getRouteId(), trip.getTrainType(), e - s));
            result.add(info);
        }
        return Response.ok("Success", result);
    }

    private String stationId(String name) {
        Response<?> r = restTemplate.getForObject(
                stationServiceUrl + "/api/v1/stationservice/stations/id/" + name, Response.class);
        return r != null && r.getStatus() == 1 ? String.valueOf(r.getData()) : null;
    }

    private int leftTickets(String tripId, String date, int seatClass) {
        Response<?> r = restTemplate.getForObject(
                "http://ts-seat-service:18898/api/v1/seatservice/seats/left_tickets?tripId=" + tripId
                        + "&travelDate=" + date + "&seatClass=" + seatClass, Response.class);
        return r != null && r.getData() != null ? ((Number) r.getData()).intValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private double price(String routeId, String trainType, int hops) {
        Response<Map<String, Object>> r = restTemplate.getForObject(
                "http://ts-price-service:16579/api/v1/priceservice/prices/" + routeId + "/" + trainType,
                Response.class);
        if (r == null || r.getStatus() != 1) {
            return -1;
        }
        double rate = ((Number) r.getData().get("basicPriceRate")).doubleValue();
        return Math.round(rate * hops * 100.0 * 100) / 100.0;
    }

    public interface TripRepository extends MongoRepository<Trip, String> {
    }

    @Document(collection = "trip")
    public static class Trip {
        @Id
        private String tripId;
        private String trainType;
        private String routeId;
        private List<String> stations = new ArrayList<>();

        public String getTripId() { return tripId; }
        public void setTripId(String tripId) { this.tripId = tripId; }
        public String getTrainType() { return trainType; }
        public void setTrainType(String trainType) { this.trainType = trainType; }
        public String getRouteId() { return routeId; }
        public void setRouteId(String routeId) { this.routeId = routeId; }
        public List<String> getStations() { return stations; }
        public void setStations(List<String> stations) { this.stations = stations; }
    }
}
