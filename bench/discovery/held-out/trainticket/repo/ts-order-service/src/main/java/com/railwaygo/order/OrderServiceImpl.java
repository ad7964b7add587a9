package com.railwaygo.order;

import com.railwaygo.common.util.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Service
public class OrderServiceImpl {

    private static final Logger LOG = LoggerFactory.getLogger(OrderServiceImpl.class);

    private final OrderRepository orderRepository;
    private final RestTemplate restTemplate;
    private final OrderEventPublisher publisher;

    public OrderServiceImpl(OrderRepository orderRepository, RestTemplate restTemplate,
                            OrderEventPublisher publisher) {
        this.orderRepository = orderRepository;
        this.restTemplate = restTemplate;
        this.publisher = publisher;
    }

    @Transactional
    public Response<Order> create(Order order) {
        List<Order> existing = orderRepository.findByAccountId(order.getAccountId());
        for (Order o : existing) {
            if (o.getTripId().equals(order.getTripId()) && o.getTravelDate().equals(order.getTravelDate())
                    && o.getStatus() != OrderStatus.CANCEL) {
                return Response.fail("Order already exists");
            }
        }
        order.setId(UUID.randomUUID().toString());
        order.setStatus(OrderStatus.NOTPAID);
        Order saved = orderRepository.save(order);

        String fromName = queryStationName(order.getFromStationId());
        String toName = queryStationName(order.getToStationId());
        publisher.orderCreated(saved, fromName, toName);
        return Response.ok("Success", saved);
    }

    public Response<List<Integer>> soldSeats(LocalDate travelDate, String tripId, int seatClass) {
        List<Integer> seats = new ArrayList<>();
        for (Order o : orderRepository.findByTravelDateAndTripId(travelDate, tripId)) {
            if (o.getSeatClass() == seatClass && o.getStatus() != OrderStatus.CANCEL) {
                seats.add(o.getSeatNumber());
            }
        }
        return Response.ok("Success", seats);
    }

    public Response<List<Order>> queryByAccount(String accountId) {
        return Response.ok("Success", orderRepository.findByAccountId(accountId));
    }

    private String queryStationName(String stationId) {
        ResponseEntity<Response<String>> re = restTemplate.exchange(
                "http://ts-station-service:12345/api/v1/stationservice/stations/name/" + stationId,
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<Response<String>>() {
                });
        Response<String> body = re.getBody();
        if (body == null || body.getStatus() != 1) {
            LOG.warn("[queryStationName] station {} not found", stationId);
            return stationId;
        }
        return body.getData();
    }

    static final class OrderStatus {
        static final int NOTPAID = 0;
        static final int PAID = 1;
        static final int CANCEL = 4;

        private OrderStatus() {
        }
    }
}
