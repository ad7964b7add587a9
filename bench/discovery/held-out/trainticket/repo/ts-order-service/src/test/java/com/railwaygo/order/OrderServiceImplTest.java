package com.railwaygo.order;

import com.railwaygo.common.util.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

import java.time.LocalDate;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class OrderServiceImplTest {

    private OrderRepository repository;
    private OrderEventPublisher publisher;
    private MockRestServiceServer server;
    private OrderServiceImpl service;

    @BeforeEach
    void setUp() {
        RestTemplate restTemplate = new RestTemplate();
        server = MockRestServiceServer.bindTo(restTemplate).build();
        repository = Mockito.mock(OrderRepository.class);
        publisher = Mockito.mock(OrderEventPublisher.class);
        service = new OrderServiceImpl(repository, restTemplate, publisher);
    }

    @Test
    void createLooksUpStationNamesAndPublishes() {
        server.expect(requestTo("http://ts-station-service:12345/api/v1/stationservice/stations/name/shanghai"))
                .andRespond(withSuccess("{\"status\":1,\"data\":\"Shang Hai\"}", MediaType.APPLICATION_JSON));
        server.expect(requestTo("http://ts-station-service:12345/api/v1/stationservice/stations/name/suzhou"))
                .andRespond(withSuccess("{\"status\":1,\"data\":\"Su Zhou\"}", MediaType.APPLICATION_JSON));
        Mockito.when(repository.findByAccountId("a1")).thenReturn(Collections.emptyList());
        Mockito.when(repository.save(any())).thenAnswer(inv -> inv.getArgument(0));

        Order o = new Order();
        o.setAccountId("a1");
        o.setTripId("G1234");
        o.setFromStationId("shanghai");
        o.setToStationId("suzhou");
        o.setTravelDate(LocalDate.of(2024, 5, 1));
        Response<Order> r = service.create(o);

        assertEquals(1, r.getStatus());
        Mockito.verify(publisher).orderCreated(any(), Mockito.eq("Shang Hai"), Mockito.eq("Su Zhou"));
        server.verify();
    }
}
