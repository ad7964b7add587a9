package com.junipersavings.transactionhistory;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Repository;

import java.util.LinkedList;

@Repository
public interface TransactionRepository extends CrudRepository<Transaction, Long> {

    @Query("SELECT t FROM Transaction t WHERE (t.fromAccountNum=?1 AND t.fromRoutingNum=?2) "
            + "OR (t.toAccountNum=?1 AND t.toRoutingNum=?2) ORDER BY t.timestamp DESC")
    LinkedList<Transaction> findForAccount(String accountNum, String routingNum, Pageable pager);

    @Query("SELECT t FROM Transaction t WHERE t.transactionId > :id ORDER BY t.transactionId ASC")
    LinkedList<Transaction> findLatest(@Param("id") long latestTransaction);
}
