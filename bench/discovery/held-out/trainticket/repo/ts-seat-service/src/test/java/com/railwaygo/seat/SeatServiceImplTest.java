package com.railwaygo.seat;

import com.railwaygo.common.util.Response;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.web.client.RestTemplate;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;

class SeatServiceImplTest {

    @Test
    void leftTicketsSubtractsSoldSeats() {
        RestTemplate rest = Mockito.mock(RestTemplate.class);
        Mockito.when(rest.getForObject(anyString(), eq(Response.class)))
                .thenReturn(new Response<>(1, "ok", Arrays.asList(1, 2, 3)));
        SeatServiceImpl svc = new SeatServiceImpl(rest);
        assertEquals(SeatServiceImpl.COMFORT_SEATS - 3, svc.leftTickets("G1234", "2024-05-01", 1));
    }
}
