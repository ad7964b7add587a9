package com.fernwick.billing;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvoiceRepository extends JpaRepository<Invoice, String> {

    @Query(value = "select nextval('invoice_seq')", nativeQuery = true)
    long nextNumber();
}
