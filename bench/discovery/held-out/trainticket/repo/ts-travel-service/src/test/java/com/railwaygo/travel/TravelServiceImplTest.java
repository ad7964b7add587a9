package com.railwaygo.travel;

import com.railwaygo.common.util.Response;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.client.RestTemplate;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.eq;

class TravelServiceImplTest {

    @Test
    void unknownStationFails() {
        RestTemplate rest = Mockito.mock(RestTemplate.class);
        TravelServiceImpl.TripRepository repo = Mockito.mock(TravelServiceImpl.TripRepository.class);
        Mockito.when(repo.findAll()).thenReturn(Collections.emptyList());
        Mockito.when(rest.getForObject(eq("http://localhost:12345/api/v1/stationservice/stations/id/Nowhere"), eq(Response.class)))
                .thenReturn(new Response<>(0, "Not exists", null));

        TravelServiceImpl svc = new TravelServiceImpl(repo, rest);
        ReflectionTestUtils.setField(svc, "stationServiceUrl", "http://localhost:12345");

        assertEquals(0, svc.queryLeft("Nowhere", "Su Zhou", "2024-05-01").getStatus());
    }
}
