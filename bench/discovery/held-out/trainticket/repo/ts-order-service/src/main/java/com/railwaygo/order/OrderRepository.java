package com.railwaygo.order;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface OrderRepository extends JpaRepository<Order, String> {
    List<Order> findByAccountId(String accountId);

    List<Order> findByTravelDateAndTripId(LocalDate travelDate, String tripId);
}
