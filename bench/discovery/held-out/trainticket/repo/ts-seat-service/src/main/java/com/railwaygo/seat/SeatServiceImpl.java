package com.railwaygo.seat;

import com.railwaygo.common.util.Response;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

@Service
public class SeatServiceImpl {

    static final int ECONOMY_SEATS = 120;
    static final int COMFORT_SEATS = 40;

    private final RestTemplate restTemplate;

    public SeatServiceImpl(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public int leftTickets(String tripId, String travelDate, int seatClass) {
        return capacity(seatClass) - soldSeats(tripId, travelDate, seatClass).size();
    }

    public Response<Integer> distribute(String tripId, String travelDate, int seatClass) {
        Set<Integer> sold = new HashSet<>(soldSeats(tripId, travelDate, seatClass));
        int cap = capacity(seatClass);
        if (sold.size() >= cap) {
            return Response.fail("No seats left");
        }
        int seat;
        do {
            seat = ThreadLocalRandom.current().nextInt(1, cap + 1);
        } while (sold.contains(seat));
        return Response.ok("Use a new seat number!", seat);
    }

    @SuppressWarnings("unchecked")
    private List<Integer> soldSeats(String tripId, String travelDate, int seatClass) {
        String url = "http://ts-order-service:12031/api/v1/orderservice/order/tickets?travelDate=" + travelDate
                + "&tripId=" + tripId + "&seatClass=" + seatClass;
        Response<List<Integer>> r = restTemplate.getForObject(url, Response.class);
        return r == null || r.getData() == null ? List.of() : r.getData();
    }

    private static int capacity(int seatClass) {
        return seatClass == 1 ? COMFORT_SEATS : ECONOMY_SEATS;
    }
}
