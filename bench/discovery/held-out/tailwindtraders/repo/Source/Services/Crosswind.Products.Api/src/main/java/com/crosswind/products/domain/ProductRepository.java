package com.crosswind.products.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Integer> {

    List<Product> findByBrandIdIn(List<Integer> brandIds);

    List<Product> findByTypeId(Integer typeId);

    @Query("select p from Product p where lower(p.name) like lower(concat('%', :term, '%'))")
    List<Product> search(@Param("term") String term);
}
