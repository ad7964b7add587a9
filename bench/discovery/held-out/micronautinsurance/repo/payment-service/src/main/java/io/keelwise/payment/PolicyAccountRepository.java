package io.keelwise.payment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PolicyAccountRepository extends CrudRepository<PolicyAccount, Long> {

    Optional<PolicyAccount> findByPolicyNumber(String policyNumber);
}
