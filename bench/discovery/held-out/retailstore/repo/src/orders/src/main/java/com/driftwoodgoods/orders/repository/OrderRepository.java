package com.driftwoodgoods.orders.repository;

import java.util.List;

import com.driftwoodgoods.orders.entities.OrderEntity;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<OrderEntity, String> {

    List<OrderEntity> findByCustomerIdOrderByCreatedDateDesc(String customerId);
}
