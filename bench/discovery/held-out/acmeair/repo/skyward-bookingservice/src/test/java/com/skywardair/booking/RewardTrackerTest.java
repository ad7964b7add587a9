package com.skywardair.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.skywardair.booking.client.CustomerClient;
import com.skywardair.booking.client.FlightClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class RewardTrackerTest {

    @Mock
    FlightClient flightClient;

    @Mock
    CustomerClient customerClient;

    RewardTracker tracker;

    @BeforeEach
    void setUp() {
        tracker = new RewardTracker();
        tracker.flightClient = flightClient;
        tracker.customerClient = customerClient;
        tracker.enabled = true;
    }

    @Test
    void creditsMilesFromFlightService() {
        FlightClient.RewardMiles miles = new FlightClient.RewardMiles();
        miles.miles = 2400;
        CustomerClient.MilesResponse total = new CustomerClient.MilesResponse();
        total.total_miles = 12400;
        when(flightClient.getRewardMiles("AA0")).thenReturn(miles);
        when(customerClient.updateTotalMiles("uid0@email.com", 2400)).thenReturn(total);

        assertEquals(12400, tracker.updateRewardMiles("uid0@email.com", "AA0", true));
    }

    @Test
    void disabledSkipsCalls() {
        tracker.enabled = false;
        assertEquals(0, tracker.updateRewardMiles("uid0@email.com", "AA0", true));
        verify(flightClient, never()).getRewardMiles(anyString());
    }
}
