package com.junipersavings.balancereader;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Repository;

import java.util.List;

@Repository
public interface TransactionRepository extends CrudRepository<Transaction, Long> {

    @Query(value = "SELECT (SELECT coalesce(sum(amount),0) FROM transactions WHERE to_acct=:acct AND to_route=:route) "
            + "- (SELECT coalesce(sum(amount),0) FROM transactions WHERE from_acct=:acct AND from_route=:route)",
            nativeQuery = true)
    Long findBalance(@Param("acct") String accountNum, @Param("route") String routeNum);

    @Query("SELECT t FROM Transaction t WHERE t.transactionId > :id ORDER BY t.transactionId ASC")
    List<Transaction> findLatest(@Param("id") long latestTransaction);
}
