package com.thistlewood.bramble.product.repository;

import com.thistlewood.bramble.product.model.Product;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySlugAndPublishedTrue(String slug);

    Page<Product> findByFeaturedTrueAndPublishedTrue(Pageable pageable);

    List<Product> findAllByIdIn(List<Long> ids);

    @Modifying
    @Query("update Product p set p.stockQuantity = p.stockQuantity - :quantity where p.id = :id")
    int subtractStock(@Param("id") Long id, @Param("quantity") Long quantity);
}
