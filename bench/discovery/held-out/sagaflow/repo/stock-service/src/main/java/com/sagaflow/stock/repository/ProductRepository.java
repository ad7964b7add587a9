package com.sagaflow.stock.repository;

import com.sagaflow.stock.domain.Product;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long> {

    @Query("select p from Product p where p.availableItems < :threshold order by p.availableItems")
    List<Product> findLowStock(int threshold);
}
