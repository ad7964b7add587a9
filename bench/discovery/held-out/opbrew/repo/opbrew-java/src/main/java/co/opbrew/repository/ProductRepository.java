package co.opbrew.repository;

import co.opbrew.model.Product;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long> {

    @Query(value = "SELECT count(*) FROM orders", nativeQuery = true)
    long countOrders();

    @Query(value = "SELECT count(*) FROM customers", nativeQuery = true)
    long countCustomers();
}
