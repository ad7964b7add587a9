package io.keelwise.pricing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TariffRepository extends CrudRepository<Tariff, Long> {

    List<Tariff> findByProductCode(String productCode);
}
